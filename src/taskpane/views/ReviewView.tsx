import {
  Body1,
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Spinner,
  Subtitle2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { type Finding, reviewWorkbook, type Severity } from "../../review/review";
import { useLayoutStyles } from "../components/layout";
import { cellValue } from "../../model/display";
import { type ReviewTexts, reviewTable } from "../i18n/review";
import { useViewTexts } from "../i18n/use-view-texts";
import { findingsBySheet, isRatio } from "../logic/review-findings";
import { messageOf, usePane } from "../pane-context";
import { useKept } from "../pane-store";

const useStyles = makeStyles({
  sheetHeading: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  // A finding is a card that acts as a button: a click, Enter or Space goes to its cell. Fluent's Card draws
  // it (border, hover, pressed, focus); the severity's colour marks its inline start.
  finding: {
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
  },
  error: { borderInlineStartColor: tokens.colorStatusDangerBorder2 },
  warning: { borderInlineStartColor: tokens.colorStatusWarningBorder2 },
  severity: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  errorIcon: { fill: tokens.colorStatusDangerForeground1, "@media (forced-colors: active)": { fill: "CanvasText" } },
  warningIcon: {
    fill: tokens.colorStatusWarningForeground3,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  figures: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
});

type Review =
  | { state: "idle" }
  | { state: "reading" }
  | { state: "done"; findings: readonly Finding[] }
  | { state: "failed"; message: string };

/** Granska plan: the slips the review finds in the open workbook, by sheet; a finding takes the user to its cell. */
export default function ReviewView() {
  const {
    adapters: { reviewReader },
    language,
  } = usePane();
  const t = useViewTexts(reviewTable);
  const styles = useStyles();
  const layout = useLayoutStyles();
  const headingId = useId("sheet");
  const [review, setReview] = useKept<Review>("review.result", { state: "idle" });
  const [selection, setSelection] = useState<{ intent: "success" | "error"; text: string }>();

  const run = async () => {
    setReview({ state: "reading" });
    setSelection(undefined);
    try {
      setReview({ state: "done", findings: reviewWorkbook(await reviewReader.readWorkbook()) });
    } catch (error) {
      setReview({ state: "failed", message: messageOf(error, language) });
    }
  };

  const select = async ({ sheet, address }: Finding) => {
    try {
      await reviewReader.selectCell(sheet, address);
      setSelection({ intent: "success", text: t.cellSelected(sheet, address) });
    } catch (error) {
      setSelection({ intent: "error", text: `${t.selectFailed} ${messageOf(error, language)}` });
    }
  };

  const groups = review.state === "done" ? findingsBySheet(review.findings) : [];
  const errors = groups.reduce((n, group) => n + group.errors, 0);
  const warnings = groups.reduce((n, group) => n + group.warnings, 0);
  return (
    <div className={layout.stack}>
      <Body1 as="p">{t.reviewIntro}</Body1>
      <div>
        <Button appearance="primary" disabledFocusable={review.state === "reading"} onClick={run}>
          {t.reviewRun}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={layout.stack}>
        {review.state === "reading" && <Spinner size="small" label={t.reviewReading} />}
        {review.state === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t.reviewFailed} {review.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {review.state === "done" && (
          <MessageBar intent={errors > 0 ? "error" : warnings > 0 ? "warning" : "success"}>
            <MessageBarBody>
              {groups.length === 0 ? t.reviewNone : t.reviewSummary(errors, warnings, groups.length)}
            </MessageBarBody>
          </MessageBar>
        )}
        {selection && (
          <MessageBar intent={selection.intent}>
            <MessageBarBody>{selection.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {groups.map((group, g) => (
        <section key={group.sheet} aria-labelledby={`${headingId}-${g}`} className={layout.stack}>
          <div className={styles.sheetHeading}>
            <Subtitle2 as="h2" id={`${headingId}-${g}`}>
              {group.sheet}
            </Subtitle2>
            <Caption1>{t.sheetCounts(group.errors, group.warnings)}</Caption1>
          </div>
          <ul className={layout.list}>
            {group.findings.map((finding) => (
              <li key={finding.address}>
                <Card
                  role="button"
                  tabIndex={0}
                  focusMode="off"
                  appearance="outline"
                  className={mergeClasses(styles.finding, styles[finding.severity])}
                  onClick={() => select(finding)}
                  onKeyDown={(event) => {
                    if (event.key !== "Enter" && event.key !== " ") return;
                    event.preventDefault();
                    select(finding);
                  }}
                >
                  <span className={styles.severity}>
                    <SeverityIcon severity={finding.severity} className={styles[`${finding.severity}Icon`]} />
                    {severityWord(t, finding.severity)} · {t.cell(finding.address)}
                  </span>
                  <span>{finding.message[language]}</span>
                  <Figures finding={finding} t={t} className={styles.figures} />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const severityWord = (t: ReviewTexts, severity: Severity) =>
  severity === "error" ? t.severityError : t.severityWarning;

/** The right figure and what the cell holds, the Swedish way; ratios as percentages. */
function Figures({ finding, t, className }: { finding: Finding; t: ReviewTexts; className: string }) {
  const shown = (value: number | string | null) => cellValue(value, isRatio(finding), t.emptyCell);
  if (finding.expected === null && finding.found === null) return null;
  return (
    <span className={className}>
      {finding.expected !== null && `${expectedWord(finding, t)} ${shown(finding.expected)} · `}
      {t.foundFigure} {shown(finding.found)}
    </span>
  );
}

/** A guideline's bound is no figure the cell should hold: equity may be at most the ceiling, at least zero. */
function expectedWord(finding: Finding, t: ReviewTexts): string {
  if (finding.rule !== "equity-guideline" || finding.expected === null) return t.expectedFigure;
  return Number(finding.found) > finding.expected ? t.atMost : t.atLeast;
}

/** Severity drawn as well as written (never colour alone): a crossed circle for an error, a triangle for a warning. */
function SeverityIcon({ severity, className }: { severity: Severity; className: string }) {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {severity === "error" ? (
        <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.15 3.44L8 6.59 5.85 4.44 4.44 5.85 6.59 8l-2.15 2.15 1.41 1.41L8 9.41l2.15 2.15 1.41-1.41L9.41 8l2.15-2.15-1.41-1.41Z" />
      ) : (
        <path d="M8.87 1.5a1 1 0 0 0-1.74 0L.63 13.5A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .87-1.5l-6.5-12ZM7 5.5h2v5H7v-5Zm0 6.5h2v2H7v-2Z" />
      )}
    </svg>
  );
}
