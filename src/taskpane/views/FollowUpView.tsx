import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConfirmedPreview, OutcomeWorkbook } from "../../excel/outcome-import";
import type { CellRef, LogEntry } from "../../outcome/import";
import { OutcomeImportError } from "../../excel/outcome-import";
import { money } from "../../model/money";
import { isoDateOf } from "../../model/date-serial";
import { type ImportPreview, previewImport } from "../../outcome/import";
import { importProblemText } from "../../outcome/messages";
import { FigureTable } from "../components/FigureTable";
import { MessageListBar } from "../components/MessageListBar";
import { type ChosenFile, SieFileField } from "../components/SieFileField";
import { SieFileSummary } from "../components/SieFileSummary";
import { TextInput } from "../components/TextInput";
import { useLayoutStyles } from "../components/layout";
import { amountOre, count, kronorOre } from "../format";
import type { Language } from "../i18n/strings";
import { type FollowUpTexts, followUpTable } from "../i18n/follow-up";
import { useViewTexts } from "../i18n/use-view-texts";
import { FollowUpProjection } from "./FollowUpProjection";
import { messageOf, usePane } from "../pane-context";
import { useKept } from "../pane-store";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Source =
  { state: "reading" } | { state: "none"; problem?: string } | { state: "ready"; workbook: OutcomeWorkbook };
type Status =
  { state: "idle" } | { state: "writing" } | { state: "done"; message: string } | { state: "failed"; message: string };

/** What the latest write took: the same file, date and Kopplingar again would write the same again. */
interface Written {
  readonly file: object;
  readonly asOf: string;
  readonly mapping: string;
  readonly entries: readonly LogEntry[];
}
const mappingOf = (workbook: OutcomeWorkbook) => JSON.stringify(workbook.mapping.rows);

/** The plan's follow-up date when it is in the follow-up year, else 30 April of that year (docs/domain.md rule 5). */
function defaultAsOf(workbook: OutcomeWorkbook): string {
  const current = workbook.followUpDate.current;
  const date = current === null ? undefined : isoDateOf(current);
  return date?.startsWith(`${workbook.followUpYear}-`) ? date : `${workbook.followUpYear}-04-30`;
}

/** Uppföljning: the outcome so far from an SIE file, previewed, then written in one batch; the latest import undone. */
export default function FollowUpView() {
  const {
    adapters: { outcomeImport: outcome },
    language,
  } = usePane();
  const t = useViewTexts(followUpTable);
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [source, setSource] = useState<Source>({ state: "reading" });
  // The chosen file and date, and what was written from them, are kept by the pane across a tab switch.
  const [file, setFile] = useKept<ChosenFile | undefined>("followUp.file", undefined);
  const [asOf, setAsOf] = useKept("followUp.asOf", "");
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const [written, setWritten] = useKept<Written | undefined>("followUp.written", undefined);

  const read = useCallback(
    () =>
      outcome.read().then(
        (workbook) => {
          setSource(workbook ? { state: "ready", workbook } : { state: "none" });
          if (workbook) setAsOf((date) => date || defaultAsOf(workbook));
        },
        (error: unknown) => setSource({ state: "none", problem: messageOf(error, language) }),
      ),
    [outcome],
  );
  useEffect(() => void read(), [read]);

  const workbook = source.state === "ready" ? source.workbook : undefined;
  const preview = useMemo(
    () => (workbook && file ? previewImport(workbook, file.bytes, asOf) : undefined),
    [workbook, file, asOf],
  );

  const run = async (work: () => Promise<string>) => {
    setStatus({ state: "writing" });
    try {
      setStatus({ state: "done", message: await work() });
    } catch (error) {
      const lead =
        error instanceof OutcomeImportError && !error.restored ? t.outcomeWriteHalfFailed : t.outcomeWriteFailed;
      setStatus({ state: "failed", message: `${lead} ${messageOf(error, language)}` });
    }
    await read();
  };
  const write = (into: OutcomeWorkbook, confirmed: ConfirmedPreview, name: string) =>
    run(async () => {
      const importedAt = new Date().toISOString().slice(0, 19).replace("T", " ");
      const entries = await outcome.write(into, confirmed, name, importedAt);
      if (file) setWritten({ file, asOf, mapping: mappingOf(into), entries });
      return t.outcomeWritten(entries.length, name);
    });
  const undo = () =>
    run(async () => {
      const undone = await outcome.undoLatest();
      setWritten(undefined);
      return undone.length > 0 ? t.importUndone(undone[0].file, undone[0].importedAt, undone.length) : "";
    });

  if (source.state === "reading") return <Spinner size="small" label={t.loading} />;
  if (!workbook) {
    return (
      <MessageBar intent={source.state === "none" && source.problem ? "error" : "info"}>
        <MessageBarBody>
          {source.state === "none" && source.problem ? `${t.readPlanFailed} ${source.problem}` : t.noPlanForImport}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const busy = status.state === "writing";
  const unchanged =
    written !== undefined && written.file === file && written.asOf === asOf && written.mapping === mappingOf(workbook);
  return (
    <div className={layout.stack}>
      <Body1>{t.followUpIntro}</Body1>
      {/* A file input cannot be given a file back: after a tab switch, the kept file is named here. */}
      <SieFileField
        label={t.sieFile}
        hint={file && t.chosenFile(file.name)}
        onChosen={(chosen) => {
          setStatus({ state: "idle" });
          setFile(chosen);
        }}
      />
      <Field label={t.asOf}>
        <TextInput type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
      </Field>
      {preview && file && (
        <>
          <SieFileSummary summary={preview.sie} language={language} />
          {unchanged ? (
            <WrittenReport written={written} followUpDate={workbook.followUpDate.cell} file={file.name} t={t} />
          ) : (
            <PreviewReport preview={preview} file={file.name} t={t} language={language} />
          )}
        </>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!preview?.ok || busy || unchanged}
          onClick={() => preview?.ok && file && void write(workbook, preview, file.name)}
        >
          {t.writeOutcome}
        </Button>
        <Button disabled={workbook.log.rows.length === 0 || busy} onClick={() => void undo()}>
          {t.undoImport}
        </Button>
        <Button disabled={busy} onClick={() => void read()}>
          {t.rereadMappings}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <Spinner size="small" label={t.writingOutcome} />}
        {status.state === "done" && status.message && (
          <MessageBar intent="success">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
        {status.state === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <FollowUpProjection workbook={workbook} t={t} />
    </div>
  );
}

function PreviewReport({
  preview,
  file,
  t,
  language,
}: {
  preview: ImportPreview;
  file: string;
  t: FollowUpTexts;
  language: Language;
}) {
  const styles = useStyles();
  if (!preview.ok) {
    return (
      <MessageListBar
        intent="error"
        lead={t.cannotImport}
        messages={preview.problems.map((problem) => importProblemText(problem, language))}
        testId="import-problems"
      />
    );
  }
  const { report, changes, followUpDate } = preview;
  const before = (value: number | null) => (value === null ? t.empty : amountOre(money(value)));
  const leftOut = [
    ...(report.notMapped.length > 0 ? [t.notMapped(report.notMapped.join(", "))] : []),
    ...report.unmapped.map((account) =>
      t.unmappedAccount(`${account.account} ${account.name}`.trim(), kronorOre(account.amount), account.transactions),
    ),
  ];
  return (
    <>
      <Subtitle2 as="h2">{t.previewHeading}</Subtitle2>
      <Caption1>{t.reportSummary(count(money(report.counted)), count(money(report.later)))}</Caption1>
      <ChangeTable
        caption={t.previewCaption(file)}
        t={t}
        rows={[
          ...changes.map((change) => ({
            cell: change.cell,
            target: change.target,
            before: before(change.before),
            after: amountOre(change.after),
          })),
          {
            cell: followUpDate.cell,
            target: t.followUpDate,
            before: followUpDate.before === null ? t.empty : isoDateOf(followUpDate.before),
            after: preview.asOf,
          },
        ]}
      />
      <Subtitle2 as="h2">{t.leftOutHeading}</Subtitle2>
      {leftOut.length === 0 ? (
        <Body1>{t.nothingLeftOut}</Body1>
      ) : (
        <ul className={styles.list} data-testid="import-left-out">
          {leftOut.map((line, i) => (
            <li key={i}>
              <Body1>{line}</Body1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the latest write put in the workbook, from its log entries: the same rows as the preview had. */
function WrittenReport({
  written,
  followUpDate,
  file,
  t,
}: {
  written: Written;
  followUpDate: CellRef;
  file: string;
  t: FollowUpTexts;
}) {
  const isDate = (cell: CellRef) => cell.sheet === followUpDate.sheet && cell.address === followUpDate.address;
  const shown = (cell: CellRef, value: number | null) =>
    value === null ? t.empty : isDate(cell) ? isoDateOf(value) : amountOre(money(value));
  return (
    <>
      <Subtitle2 as="h2">{t.writtenHeading}</Subtitle2>
      <Caption1>{t.writtenAgain}</Caption1>
      <ChangeTable
        caption={t.previewCaption(file)}
        t={t}
        rows={written.entries.map((entry) => ({
          cell: entry.cell,
          target: entry.target,
          before: shown(entry.cell, entry.before),
          after: shown(entry.cell, entry.after),
        }))}
      />
    </>
  );
}

/** A cell's value before and after, a row per cell. */
function ChangeTable({
  caption,
  rows,
  t,
}: {
  caption: string;
  rows: readonly { target: string; before: string; after: string }[];
  t: FollowUpTexts;
}) {
  return (
    <FigureTable
      caption={caption}
      headers={[t.columnRow, t.columnBefore, t.columnAfter]}
      rows={rows.map(({ target, before, after }) => ({ label: target, figures: [before, after] }))}
    />
  );
}
