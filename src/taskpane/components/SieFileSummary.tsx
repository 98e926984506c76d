import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { sieText, skipReasonText } from "../../sie/messages";
import type { SieSummary } from "../../sie/summary";
import { SUMMARY_TEXTS } from "../../sie/summary-texts";
import type { Language } from "../../model/language";
import { MessageListBar } from "./MessageListBar";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  pair: { display: "contents" },
});

/** What the chosen SIE file holds, as `npm run sie` says it: before any preview of what it would change. */
export function SieFileSummary({ summary, language }: { summary: SieSummary; language: Language }) {
  const styles = useStyles();
  const words = SUMMARY_TEXTS[language];
  const facts: [string, string][] = [
    [words.program, summary.program || words.unnamed],
    [words.company, summary.company || words.unnamed],
    [
      words.fiscalYear,
      summary.fiscalYear ? `${summary.fiscalYear.start}–${summary.fiscalYear.end}` : words.noFiscalYear,
    ],
    [words.encoding, summary.encoding],
    [words.accounts, String(summary.accounts)],
    [words.verifications, String(summary.verifications)],
    [words.transactions, String(summary.transactions)],
  ];
  return (
    <section aria-label={words.heading} data-testid="sie-summary">
      <Subtitle2 as="h2">{words.heading}</Subtitle2>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt>
              <Body1>{term}</Body1>
            </dt>
            <dd>
              <Body1>{value}</Body1>
            </dd>
          </div>
        ))}
      </dl>
      {summary.warnings.length > 0 && (
        <MessageListBar
          intent="warning"
          lead={`${words.warnings}:`}
          messages={summary.warnings.map((warning) => sieText(warning, language))}
          testId="sie-warnings"
        />
      )}
      {summary.skipped.length > 0 && (
        <Body1 as="p">
          {words.passedOver}:{" "}
          {summary.skipped
            .map((s) => words.skipped(s.count, s.label, s.firstLine, skipReasonText(s.reason, language)))
            .join("; ")}
        </Body1>
      )}
    </section>
  );
}
