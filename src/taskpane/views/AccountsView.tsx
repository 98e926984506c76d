import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WrittenParts } from "../../excel/workbook-writer";
import { closingEquity, exactFigures, totalAssets, yearResult } from "../../model/annual-accounts";
import { solidity } from "../../model/measures";
import { sieText } from "../../sie/messages";
import { readSie } from "../../sie/read-sie";
import { summarizeSie } from "../../sie/summary";
import type { Unit } from "../../templates/accounts-context";
import { booksForAccounts } from "../../sie/books-for-accounts";
import { FactList } from "../components/FactList";
import { MessageListBar } from "../components/MessageListBar";
import { ExistingSheetsQuestion, SheetsWritten } from "../components/WriteQuestions";
import { type ChosenFile, SieFileField } from "../components/SieFileField";
import { SieFileSummary } from "../components/SieFileSummary";
import { useLayoutStyles } from "../components/layout";
import { kronorOre, percent } from "../format";
import { type AccountsTexts, accountsTable } from "../i18n/accounts";
import { useViewTexts } from "../i18n/use-view-texts";
import { messageOf, usePane } from "../pane-context";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Status =
  | { state: "idle" }
  | { state: "writing" }
  | { state: "asking"; existing: string[] }
  | { state: "done"; sheets: string[] }
  | { state: "removed"; sheets: string[] }
  | { state: "failed"; message: string };

/**
 * Bokslut: the annual accounts from an SIE file (docs/domain.md rule 10), their key figures shown
 * before anything is written, then every sheet written in one go. Sheets of annual accounts already
 * in the workbook are replaced (only those the latest write here added) or kept beside new ones
 * only when the user says so; the latest write can be undone.
 */
export default function AccountsView() {
  const {
    adapters: { accountsWorkbook: workbook },
    language,
  } = usePane();
  const t = useViewTexts(accountsTable);
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [file, setFile] = useState<ChosenFile>();
  const [unit, setUnit] = useState<Unit>("tkr");
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const [last, setLast] = useState<WrittenParts>();

  const read = useMemo(() => {
    if (!file) return undefined;
    const reading = readSie(file.bytes);
    return { summary: summarizeSie(reading), books: booksForAccounts(reading), reading };
  }, [file]);
  const books = read?.books;

  const attempt = async (work: () => Promise<Status>) => {
    setStatus({ state: "writing" });
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ state: "failed", message: messageOf(error, language) });
    }
  };
  const write = (choice: "ask" | "replace" | "beside") =>
    attempt(async () => {
      if (!books?.ok) return { state: "idle" };
      if (choice === "replace" && last) await workbook.removeWritten(last);
      const written = await workbook.writeAccounts({ ...books.accounts, unit, language }, choice === "beside");
      if ("existing" in written) return { state: "asking", existing: written.existing };
      setLast(written);
      return { state: "done", sheets: written.sheets };
    });
  const undo = () =>
    attempt(async () => {
      if (!last) return { state: "idle" };
      const sheets = await workbook.removeWritten(last);
      setLast(undefined);
      return { state: "removed", sheets };
    });

  const busy = status.state === "writing" || status.state === "asking";
  return (
    <div className={layout.stack}>
      <Body1>{t.accountsIntro}</Body1>
      <SieFileField
        label={t.accountsFile}
        onChosen={(chosen) => {
          setStatus({ state: "idle" });
          setFile(chosen);
        }}
      />
      <Field label={t.unitLabel}>
        <RadioGroup value={unit} onChange={(_, data) => setUnit(data.value as Unit)} layout="horizontal">
          <Radio value="tkr" label={t.unitTkr} />
          <Radio value="kr" label={t.unitKr} />
        </RadioGroup>
      </Field>
      {read && <SieFileSummary summary={read.summary} language={language} />}
      {books && !books.ok && (
        <MessageListBar
          intent="error"
          lead={t.cannotUse}
          messages={[
            ...books.problems.map((issue) => sieText(issue, language)),
            ...(books.noFiscalYear ? [t.noFiscalYear] : []),
          ]}
          testId="accounts-problems"
        />
      )}
      {books?.ok && read && (
        <>
          <KeyFigures books={books} t={t} />
          {books.unmapped.length > 0 && (
            <MessageListBar
              intent="error"
              lead={t.unmapped}
              messages={books.unmapped.map((b) => `${b.account} ${b.name}`)}
              testId="accounts-unmapped"
            />
          )}
          {/* The reader's warnings are in the file's summary above; these are the balances' own. */}
          <BalancesNotes
            notes={books.warnings.filter((w) => !read.reading.warnings.includes(w)).map((w) => sieText(w, language))}
            lead={t.balancesNotes}
          />
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!books?.ok || busy} onClick={() => void write("ask")}>
          {t.writeAccounts}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {status.state === "writing" && <Spinner size="small" label={t.writingAccounts} />}
        {status.state === "asking" && (
          <ExistingSheetsQuestion
            question={t.accountsExist(status.existing.join(", "))}
            replace={last && { label: t.replaceAccounts, onClick: () => void write("replace") }}
            beside={{ label: t.writeBeside, onClick: () => void write("beside") }}
            cancel={{ label: t.cancel, onClick: () => setStatus({ state: "idle" }) }}
          />
        )}
        {status.state === "done" && (
          <SheetsWritten
            message={t.accountsWritten(status.sheets.join(", "))}
            undo={{ label: t.undoAccounts, onClick: () => void undo() }}
          />
        )}
        {status.state === "removed" && (
          <MessageBar intent="success">
            <MessageBarBody>{t.accountsUndone(status.sheets.join(", "))}</MessageBarBody>
          </MessageBar>
        )}
        {status.state === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.accountsWriteFailed} {status.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

/** The year's result, the balance total and soliditet, exact in kronor, as the tables will show them. */
function KeyFigures({
  books,
  t,
}: {
  books: Extract<ReturnType<typeof booksForAccounts>, { ok: true }>;
  t: AccountsTexts;
}) {
  const figures = exactFigures(books.accounts.balances, books.accounts.chart);
  const assets = totalAssets(figures.balance.current);
  const equity = closingEquity(figures.balance.current);
  const facts: [string, string][] = [
    [t.fiscalYearTerm, `${books.fiscalYear.start}–${books.fiscalYear.end}`],
    [t.resultTerm, kronorOre(yearResult(figures.income.current))],
    [t.totalAssetsTerm, kronorOre(assets)],
    // Soliditet is a share of positive assets (docs/domain.md rule 6).
    [t.solidityTerm, assets.isPositive() ? percent(solidity(equity, assets)) : t.noSolidity],
  ];
  return (
    <section aria-label={t.figuresHeading} data-testid="accounts-figures">
      <Subtitle2 as="h2">{t.figuresHeading}</Subtitle2>
      <FactList facts={facts} />
    </section>
  );
}

function BalancesNotes({ notes, lead }: { notes: readonly string[]; lead: string }) {
  return notes.length > 0 ? (
    <MessageListBar intent="warning" lead={`${lead}:`} messages={notes} testId="accounts-notes" />
  ) : null;
}
