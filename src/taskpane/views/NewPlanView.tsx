import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WriteProgress, WriteStep } from "../../excel/workbook-writer";
import type { PlanInput } from "../../model/plan";
import example from "../../../examples/rar-sormland-2025.json";
import type { Texts } from "../i18n/strings";
import {
  checkForm,
  emptyForm,
  type Field as FormField,
  formOf,
  membersFromSelection,
  type PlanForm,
  withPlanYears,
} from "../logic/plan-form";
import { TextArea, TextInput } from "../components/inputs";
import { useLayoutStyles } from "../components/layout";
import { messageOf, usePane } from "../pane-context";

const STEPS = ["stepBasics", "stepMoney", "stepMembers", "stepCosts", "stepWrite"] as const;

/** The fields each step asks for: Next shows their messages and stops while one is wrong. */
function stepFields(step: number, form: PlanForm): FormField[] {
  switch (step) {
    case 0:
      return ["association", "region", "budgetYear", "planYears"];
    case 1:
      return [...form.contributions.map((_, k): FormField => `contributions.${k}`), "stateOffer", "openingEquity"];
    case 2:
      return ["members"];
    case 3:
      return ["costs", "otherRevenues", "interventions"];
    default:
      return [];
  }
}

const PROGRESS: Record<WriteStep, "stepReading" | "stepWriting" | "stepUndoing"> = {
  reading: "stepReading",
  writing: "stepWriting",
  undoing: "stepUndoing",
};

const useStyles = makeStyles({
  steps: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Status =
  | { state: "idle" }
  | { state: "writing"; step: WriteStep; progress?: WriteProgress }
  | { state: "done"; sheets: string[]; withoutPrintLayout: boolean }
  | { state: "failed"; message: string };

/** Ny plan: a wizard from the association's figures to the template sheets in the workbook. */
export default function NewPlanView() {
  const { workbook, language, t } = usePane();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [form, setForm] = useState<PlanForm>(emptyForm);
  const [step, setStep] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState<string>();
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const { errors, plan } = useMemo(() => checkForm(form, t), [form, t]);

  const edit = (field: FormField, value: string) => {
    setTouched(new Set(touched).add(field));
    if (field === "planYears") setForm(withPlanYears(form, value));
    else if (field.startsWith("contributions.")) {
      const k = Number(field.split(".")[1]);
      setForm({ ...form, contributions: form.contributions.map((old, i) => (i === k ? value : old)) });
    } else setForm({ ...form, [field]: value });
  };
  /** Leaving a step shows its messages; Next stays on it while one is wrong, the step list jumps anyway. */
  const go = (to: number, strict = false) => {
    const fields = stepFields(step, form);
    setTouched(new Set([...touched, ...fields]));
    if (strict && fields.some((field) => errors[field])) return;
    setStep(to);
  };
  const fillExample = () => {
    setForm(formOf(example as PlanInput));
    setTouched(new Set());
    setNote(t.exampleFilled);
    setStep(STEPS.length - 1);
  };
  const readSelection = async () => {
    try {
      const selection = await workbook.readSelection();
      const members = membersFromSelection(selection.values);
      edit("members", members);
      setNote(t.selectionRead(members ? members.split("\n").length : 0, selection.address));
    } catch (error) {
      setNote(messageOf(error, language));
    }
  };
  const create = async () => {
    if (!plan) return;
    setStatus({ state: "writing", step: "reading" });
    try {
      const { sheets, missing = [] } = await workbook.writePlan(plan, language, (step, progress) =>
        setStatus({ state: "writing", step, progress }),
      );
      setStatus({ state: "done", sheets, withoutPrintLayout: missing.includes("printLayout") });
    } catch (error) {
      setStatus({ state: "failed", message: messageOf(error, language) });
    }
  };

  const shown = (field: FormField) => (touched.has(field) ? errors[field] : undefined);
  const text = (field: Exclude<FormField, `contributions.${number}`>, label: string, hint?: string) => (
    <Field label={label} hint={hint} validationMessage={shown(field)} required>
      <TextInput value={form[field]} onChange={(_, d) => edit(field, d.value)} />
    </Field>
  );
  const area = (field: "members" | "costs" | "otherRevenues" | "interventions", label: string, hint: string) => (
    <Field label={label} hint={hint} validationMessage={shown(field)}>
      <TextArea rows={6} value={form[field]} onChange={(_, d) => edit(field, d.value)} />
    </Field>
  );
  const years = form.contributions.length;
  const budgetYear = Number(form.budgetYear) || 0;

  return (
    <div className={layout.stack}>
      <Button appearance="secondary" onClick={fillExample}>
        {t.useExample}
      </Button>
      {note && (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      <nav aria-label={t.wizardSteps}>
        <ol className={styles.steps}>
          {STEPS.map((key, i) => (
            <li key={key}>
              <Button
                size="small"
                appearance={i === step ? "primary" : "subtle"}
                aria-current={i === step ? "step" : undefined}
                onClick={() => go(i)}
              >
                {`${i + 1}. ${t[key]}`}
              </Button>
            </li>
          ))}
        </ol>
      </nav>
      <section className={layout.stack} aria-labelledby="step-heading">
        <Subtitle2 as="h2" id="step-heading">
          {t.stepOf(step + 1, STEPS.length)}: {t[STEPS[step]]}
        </Subtitle2>
        {step === 0 && (
          <>
            {text("association", t.association)}
            {text("region", t.region)}
            {text("budgetYear", t.budgetYear)}
            {text("planYears", t.planYears)}
          </>
        )}
        {step === 1 && (
          <>
            {form.contributions.map((value, k) => (
              <Field
                key={k}
                label={t.contributionFor(budgetYear + k)}
                validationMessage={shown(`contributions.${k}`)}
                required
              >
                <TextInput inputMode="numeric" value={value} onChange={(_, d) => edit(`contributions.${k}`, d.value)} />
              </Field>
            ))}
            {text("stateOffer", t.stateOffer)}
            {text("openingEquity", t.openingEquity)}
          </>
        )}
        {step === 2 && (
          <>
            {area("members", t.members, t.membersHint)}
            <Button onClick={readSelection}>{t.readSelection}</Button>
          </>
        )}
        {step === 3 && (
          <>
            {area("costs", t.costs, t.rowsHint(years))}
            {area("otherRevenues", t.otherRevenues, t.rowsHint(years))}
            {area("interventions", t.interventions, t.interventionsHint(years))}
          </>
        )}
        {step === 4 && (
          <WriteStepView
            t={t}
            plan={plan}
            errors={Object.values(errors).filter((e): e is string => e !== undefined)}
            status={status}
            onCreate={create}
          />
        )}
      </section>
      <div className={styles.buttons}>
        {step > 0 && <Button onClick={() => go(step - 1)}>{t.back}</Button>}
        {step < STEPS.length - 1 && (
          <Button appearance="primary" onClick={() => go(step + 1, true)}>
            {t.next}
          </Button>
        )}
      </div>
    </div>
  );
}

function WriteStepView({
  t,
  plan,
  errors,
  status,
  onCreate,
}: {
  t: Texts;
  plan?: PlanInput;
  errors: string[];
  status: Status;
  onCreate: () => void;
}) {
  return (
    <>
      {plan ? (
        <Body1 as="p">
          {plan.association}, {plan.budgetYear}: {t.summary(plan.members.length, plan.planYears + 1)}
        </Body1>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.fixFirst} {[...new Set(errors)].join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!plan || status.state === "writing"} onClick={onCreate}>
        {t.create}
      </Button>
      <div role="status" aria-live="polite">
        {status.state === "writing" && (
          <Field
            label={
              status.progress && status.progress.batches > 1
                ? t.stepWritingBatch(status.progress.batch, status.progress.batches)
                : t[PROGRESS[status.step]]
            }
          >
            <ProgressBar aria-label={t.progress} />
          </Field>
        )}
        {status.state === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{t.written(status.sheets.join(", "))}</MessageBarBody>
          </MessageBar>
        )}
        {status.state === "done" && status.withoutPrintLayout && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.printLayoutMissing}</MessageBarBody>
          </MessageBar>
        )}
        {status.state === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.writeFailed} ({status.message})
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
