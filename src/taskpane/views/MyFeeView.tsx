import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { WorkbookPlan } from "../../excel/plan-workbook";
import { money } from "../../model/money";
import { BarChart } from "../components/BarChart";
import { decimal, kronor, count, parseWholeNumber, percent } from "../format";
import { type MyFeeTexts, myFeeTable } from "../i18n/my-fee";
import { useViewTexts } from "../i18n/use-view-texts";
import { type FeeInput, type Payer, type PayerFee, payerFee } from "../../model/fees";
import { parseMembers } from "../logic/plan-form";
import { TextArea } from "../components/TextArea";
import { TextInput } from "../components/TextInput";
import { useLayoutStyles } from "../components/layout";
import { messageOf, usePane } from "../pane-context";

const useStyles = makeStyles({
  // Fluent's Select keeps its intrinsic width; in a narrow pane it must shrink.
  select: { minWidth: 0, maxWidth: "100%" },
  // The member and the year side by side where they fit.
  choices: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  table: {
    borderCollapse: "collapse",
    "& caption": { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
    "& th, & td": {
      paddingBlock: tokens.spacingVerticalXXS,
      paddingInline: `0 ${tokens.spacingHorizontalL}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& th": { textAlign: "start", fontWeight: tokens.fontWeightRegular },
    "& td": { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  },
  fee: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  figures: {
    display: "grid",
    // The terms wrap and the figures keep their width, so that a narrow pane (200 % zoom) never scrolls sideways.
    gridTemplateColumns: "minmax(0, 1fr) max-content",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    "& dt": { overflowWrap: "anywhere" },
    "& dd": { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  },
});

type Source = { state: "reading" } | { state: "workbook"; plan: WorkbookPlan } | { state: "typed"; problem?: string };

/** Min avgift: a payer's fee and why, from the workbook's plan or from figures the user types. */
export default function MyFeeView() {
  const {
    adapters: { planWorkbook: workbook },
    language,
  } = usePane();
  const t = useViewTexts(myFeeTable);
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [source, setSource] = useState<Source>({ state: "reading" });
  const [typed, setTyped] = useState({ contribution: "", stateOffer: "", members: "" });
  const [payerKey, setPayerKey] = useState("");
  const [chosenYear, setChosenYear] = useState<number>();

  const read = useCallback(() => {
    setSource({ state: "reading" });
    workbook.readPlan().then(
      (plan) => setSource(plan ? { state: "workbook", plan } : { state: "typed" }),
      (error: unknown) => setSource({ state: "typed", problem: messageOf(error, language) }),
    );
  }, [workbook, language]);
  useEffect(read, [read]);

  const { input, errors, missing } = useMemo(() => feeInput(source, typed, t), [source, typed, t]);
  const payers = useMemo(() => payerOptions(input, t), [input, t]);
  const payer = payers.find((p) => p.key === payerKey) ?? payers[0];
  // The plan's years from the workbook; a typed contribution is of no year in particular.
  const years = source.state === "workbook" ? source.plan.contributions : [];
  const year = years.find((y) => y.year === chosenYear) ?? years[0];
  const figures =
    input && payer ? payerFee(year ? { ...input, contribution: year.amount } : input, payer.payer) : undefined;

  if (source.state === "reading") return <Spinner size="small" label={t.loading} />;
  return (
    <div className={layout.stack}>
      {source.state === "workbook" ? (
        <Body1>{t.fromWorkbook(source.plan.association, source.plan.budgetYear)}</Body1>
      ) : (
        <>
          <MessageBar intent={source.problem ? "error" : "info"}>
            <MessageBarBody>
              {source.problem ? `${t.readPlanFailed} ${source.problem}` : t.noPlanInWorkbook}
            </MessageBarBody>
          </MessageBar>
          {(["contribution", "stateOffer"] as const).map((field) => (
            <Field key={field} label={t[field]} required validationMessage={errors[field]}>
              <TextInput
                inputMode="numeric"
                value={typed[field]}
                onChange={(_, d) => setTyped({ ...typed, [field]: d.value })}
              />
            </Field>
          ))}
          <Field label={t.members} hint={t.feeMembersHint} required validationMessage={errors.members}>
            <TextArea rows={5} value={typed.members} onChange={(_, d) => setTyped({ ...typed, members: d.value })} />
          </Field>
          {missing.length > 0 && (
            <Body1 as="p" role="status">
              {t.missing(missing.map((field) => t[field]).join(", "))}
            </Body1>
          )}
        </>
      )}
      <Button appearance="subtle" onClick={read}>
        {t.reread}
      </Button>
      {payer && (
        <div className={styles.choices}>
          <Field label={t.chooseMember}>
            <Select className={styles.select} value={payer.key} onChange={(_, d) => setPayerKey(d.value)}>
              {payers.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          {years.length > 1 && year && (
            <Field label={t.chooseYear}>
              <Select
                className={styles.select}
                value={String(year.year)}
                onChange={(_, d) => setChosenYear(Number(d.value))}
              >
                {years.map((y) => (
                  <option key={y.year}>{y.year}</option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}
      {input && payer && figures && (
        <FeeDetails
          t={t}
          input={year ? { ...input, contribution: year.amount } : input}
          label={payer.label}
          year={year?.year}
          // The state's offer is for the budget year: what it would mean is said for that year only.
          budgetYear={!year || year === years[0]}
          figures={figures}
          plan={source.state === "workbook" ? source.plan : undefined}
        />
      )}
      {input && payer && years.length > 1 && (
        <FeePerYear
          t={t}
          label={payer.label}
          fees={years.map((y) => ({ year: y.year, fee: payerFee({ ...input, contribution: y.amount }, payer.payer) }))}
        />
      )}
    </div>
  );
}

function FeeDetails({
  t,
  input,
  label,
  year,
  budgetYear,
  figures,
  plan,
}: {
  t: MyFeeTexts;
  input: FeeInput;
  label: string;
  year?: number;
  budgetYear: boolean;
  figures: PayerFee;
  plan?: WorkbookPlan;
}) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { split } = figures;
  return (
    <section className={layout.stack} aria-labelledby="fee-heading">
      <Subtitle2 as="h2" id="fee-heading">
        {t.yearlyFee(label, year)}
      </Subtitle2>
      <div className={styles.fee} data-testid="yearly-fee">
        {kronor(figures.fee)}
      </div>
      <dl className={styles.figures}>
        <FigureRow
          term={figures.population ? t.shareOfMunicipalities : t.shareOfContribution}
          value={percent(figures.share)}
          testId="share"
        />
        {figures.quarters.map((amount, q) => (
          <FigureRow key={q} term={t.quarter(q + 1)} value={kronor(amount)} testId={`quarter-${q + 1}`} />
        ))}
        {budgetYear && <FigureRow term={t.fullOffer} value={kronor(figures.fullOffer.fee)} testId="full-offer" />}
        <FigureRow term={t.leverage} value={decimal(figures.leverage)} testId="leverage" />
      </dl>
      <Subtitle2 as="h3">{t.howComputed}</Subtitle2>
      <Body1 as="p">
        {t.explainSplit(
          kronor(money(input.contribution)),
          kronor(split.state),
          kronor(split.region),
          kronor(split.municipalities),
        )}
      </Body1>
      <Body1 as="p">
        {figures.population
          ? t.explainPopulation(
              label,
              count(figures.population.own),
              count(figures.population.all),
              percent(figures.share),
              kronor(figures.fee),
            )
          : t.explainParty(percent(figures.share))}
      </Body1>
      <Body1 as="p">{t.explainQuarters}</Body1>
      {budgetYear && (
        <Body1 as="p">
          {t.explainFullOffer(
            kronor(money(input.stateOffer)),
            kronor(figures.fullOffer.total),
            kronor(figures.fullOffer.fee),
          )}
        </Body1>
      )}
      <Body1 as="p">{t.explainLeverage(decimal(figures.leverage))}</Body1>
      <BarChart
        title={t.feesChart}
        bars={input.members.map((m, i) => ({
          label: m.name,
          value: figures.municipalityFees[i],
          shown: kronor(figures.municipalityFees[i]),
          highlighted: m.name === label,
        }))}
      />
      {plan && plan.closingEquity.length > 0 && (
        <BarChart
          title={t.equityChart}
          bars={plan.closingEquity.map(({ year, amount }) => ({
            label: String(year),
            value: money(amount),
            shown: kronor(money(amount)),
          }))}
        />
      )}
    </section>
  );
}

/** The payer's fee in each plan year, for a member's own multi-year budget. */
function FeePerYear({
  t,
  label,
  fees,
}: {
  t: MyFeeTexts;
  label: string;
  fees: readonly { year: number; fee: PayerFee }[];
}) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption>{t.feePerYear(label)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.year}</th>
          <th scope="col">{t.fee}</th>
        </tr>
      </thead>
      <tbody>
        {fees.map(({ year, fee }) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td data-testid={`fee-${year}`}>{kronor(fee.fee)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FigureRow({ term, value, testId }: { term: string; value: string; testId: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

const TYPED_FIELDS = ["contribution", "stateOffer", "members"] as const;
type TypedField = (typeof TYPED_FIELDS)[number];

function feeInput(
  source: Source,
  typed: Record<TypedField, string>,
  t: MyFeeTexts,
): {
  input?: FeeInput;
  errors: Partial<Record<TypedField, string>>;
  /** The required fields still empty. */
  missing: TypedField[];
} {
  if (source.state === "workbook") return { input: source.plan, errors: {}, missing: [] };
  const errors: Partial<Record<TypedField, string>> = {};
  const amount = (field: "contribution" | "stateOffer") => {
    const n = parseWholeNumber(typed[field]);
    if (typed[field].trim() === "") return undefined;
    if (n === undefined || n < 0) errors[field] = t.notWholeKronor;
    return n;
  };
  const contribution = amount("contribution");
  const stateOffer = amount("stateOffer");
  const members = typed.members.trim() ? parseMembers(typed.members, t, (message) => (errors.members ??= message)) : [];
  const missing = TYPED_FIELDS.filter((field) => typed[field].trim() === "");
  const complete = contribution !== undefined && stateOffer !== undefined && members.length > 0;
  return {
    input: complete && Object.keys(errors).length === 0 ? { contribution, stateOffer, members } : undefined,
    errors,
    missing,
  };
}

function payerOptions(input: FeeInput | undefined, t: MyFeeTexts): { key: string; label: string; payer: Payer }[] {
  if (!input) return [];
  return [
    ...input.members.map((m, index) => ({
      key: `m${index}`,
      label: m.name,
      payer: { kind: "municipality", index } as const,
    })),
    { key: "region", label: t.theRegion, payer: { kind: "region" } as const },
    { key: "state", label: t.theState, payer: { kind: "state" } as const },
  ];
}
