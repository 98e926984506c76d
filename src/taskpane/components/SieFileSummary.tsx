import { Body1, Subtitle2 } from "@fluentui/react-components";
import { sieText, skipReasonText } from "../../sie/messages";
import type { SieSummary } from "../../sie/summary";
import { SUMMARY_TEXTS } from "../../sie/summary-texts";
import type { Language } from "../../model/language";
import { FactList } from "./FactList";
import { MessageListBar } from "./MessageListBar";

/** What the chosen SIE file holds, as `npm run sie` says it: before any preview of what it would change. */
export function SieFileSummary({ summary, language }: { summary: SieSummary; language: Language }) {
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
      <FactList facts={facts} />
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
