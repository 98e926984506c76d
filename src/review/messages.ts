import { cellValue } from "../model/display";
import type { Language } from "../model/language";
import { Details, Rule } from "./finding";

/*
 * What each finding says, in Swedish and English: one table, so that the CLI
 * and the task pane say the same thing. Figures are written as everywhere in
 * the add-in, in both languages (sv-SE: 16 000 000 and 86,84 %).
 */

const EMPTY: Record<Language, string> = { sv: "tomt", en: "empty" };

function figure(language: Language, value: Details["found"] | Details["expected"], ratio?: boolean): string {
  return cellValue(value, ratio === true, EMPTY[language]);
}

type Say = (d: Details, f: (value: Details["found"] | Details["expected"]) => string) => string;

const MESSAGES: Record<Rule, Record<Language, Say>> = {
  "opening-typed": {
    sv: (d) =>
      `Ingående eget kapital ${d.year} är ett inskrivet tal, inte en referens till utgående eget kapital ${prev(d)}.`,
    en: (d) => `Opening equity ${d.year} is a typed number, not a reference to the closing equity of ${prev(d)}.`,
  },
  "opening-differs": {
    sv: (d, f) =>
      `Ingående eget kapital ${d.year} är ${f(d.found)}, men utgående eget kapital ${prev(d)} är ${f(d.expected)}` +
      (d.typed ? " (ett inskrivet tal i stället för en referens)." : "."),
    en: (d, f) =>
      `Opening equity ${d.year} is ${f(d.found)}, but the closing equity of ${prev(d)} is ${f(d.expected)}` +
      (d.typed ? " (a typed number instead of a reference)." : "."),
  },
  result: {
    sv: (d, f) =>
      `${subject(d)}: årets resultat ska vara intäkter ${d.variant ? "−" : "+"} kostnader = ${f(d.expected)}, står ${f(d.found)}.`,
    en: (d, f) =>
      `${subject(d)}: the result should be revenues ${d.variant ? "−" : "+"} costs = ${f(d.expected)}, is ${f(d.found)}.`,
  },
  closing: {
    sv: (d, f) =>
      `${subject(d)}: eget kapital vid årets utgång ska vara ingående + årets resultat = ${f(d.expected)}, står ${f(d.found)}.`,
    en: (d, f) => `${subject(d)}: equity at year end should be opening + result = ${f(d.expected)}, is ${f(d.found)}.`,
  },
  sum: {
    sv: (d, f) => `${subject(d)} ska vara summan av raderna ovan, ${f(d.expected)}; står ${f(d.found)}.`,
    en: (d, f) => `${subject(d)} should be the sum of the rows above, ${f(d.expected)}; is ${f(d.found)}.`,
  },
  "outside-sum": {
    sv: (d, f) =>
      d.variant === "stray"
        ? `Raden "${d.label}" har belopp (${f(d.found)} för ${d.year}) men ligger under summorna: ingen summa räknar med den.`
        : `${subject(d)} lämnar ${rowList(d)} utanför summan: ska vara ${f(d.expected)}, står ${f(d.found)}.`,
    en: (d, f) =>
      d.variant === "stray"
        ? `The row "${d.label}" has figures (${f(d.found)} for ${d.year}) but lies below the totals: no sum counts it.`
        : `${subject(d)} leaves ${rowList(d)} outside the sum: should be ${f(d.expected)}, is ${f(d.found)}.`,
  },
  "fees-sum": {
    sv: (d, f) => `Medlemsavgifterna summerar till ${f(d.found)}, inte till kommunernas del ${f(d.expected)}.`,
    en: (d, f) => `The member fees add up to ${f(d.found)}, not to the municipalities' part ${f(d.expected)}.`,
  },
  "fee-key": {
    sv: (d, f) =>
      d.variant === "remainder"
        ? `Avgiften för ${d.label} är ${f(d.found)}; avgifterna summerar till ${f(d.sums?.found)} i stället för kommunernas del ${f(d.sums?.expected)}, och största rest ger ${f(d.expected)}.`
        : `Avgiften för ${d.label} är ${f(d.found)} och avviker en krona eller mer från befolkningsnyckeln; största rest ger ${f(d.expected)}.`,
    en: (d, f) =>
      d.variant === "remainder"
        ? `The fee of ${d.label} is ${f(d.found)}; the fees add up to ${f(d.sums?.found)} instead of the municipalities' part ${f(d.sums?.expected)}, and the largest remainder gives ${f(d.expected)}.`
        : `The fee of ${d.label} is ${f(d.found)}, a krona or more off the population key; the largest remainder gives ${f(d.expected)}.`,
  },
  instalment: {
    sv: (d, f) =>
      `${subject(d)} för ${d.member} är ${f(d.found)}; kvartalen ska summera till årsavgiften och skilja sig mindre än en krona från avgiften ÷ 4: ${f(d.expected)}.`,
    en: (d, f) =>
      `${subject(d)} of ${d.member} is ${f(d.found)}; the quarters must add up to the yearly fee and each be less than a krona from the fee ÷ 4: ${f(d.expected)}.`,
  },
  split: {
    sv: (d, f) =>
      `${d.label}: enligt lagens fördelning 50/25/25 ska delen vara ${f(d.expected)}, står ${f(d.found)}` +
      (d.variant === "chosen"
        ? " (delarna summerar till medlemsbidraget: en varning om förbundet valt en annan fördelning)."
        : "."),
    en: (d, f) =>
      `${d.label}: the law's 50/25/25 split gives ${f(d.expected)}, is ${f(d.found)}` +
      (d.variant === "chosen"
        ? " (the parts add up to the contribution: a warning in case the association chose another split)."
        : "."),
  },
  "burn-row": {
    sv: (d, f) => `Förbrukningskvoten för ${d.label} ska vara utfall ÷ budget = ${f(d.expected)}, står ${f(d.found)}.`,
    en: (d, f) => `The burn ratio of ${d.label} should be outcome ÷ budget = ${f(d.expected)}, is ${f(d.found)}.`,
  },
  "burn-total": {
    sv: (d, f) =>
      `${subject(d)}: förbrukningskvoten ska vara summa utfall ÷ summa budget = ${f(d.expected)}, står ${f(d.found)}` +
      (d.variant === "average" ? ", ett medelvärde av radernas kvoter." : "."),
    en: (d, f) =>
      `${subject(d)}: the burn ratio should be total outcome ÷ total budget = ${f(d.expected)}, is ${f(d.found)}` +
      (d.variant === "average" ? ", an average of the rows' ratios." : "."),
  },
  "prognosis-sum": {
    sv: (d, f) =>
      `${subject(d)}: prognosens summa ska vara summan av insatsernas prognoser, ${f(d.expected)}; står ${f(d.found)}.`,
    en: (d, f) =>
      `${subject(d)}: the forecast's total should be the sum of the interventions' forecasts, ${f(d.expected)}; is ${f(d.found)}.`,
  },
  solidity: {
    sv: (d, f) =>
      `Soliditeten ${d.year} ska vara eget kapital ÷ summa tillgångar = ${f(d.expected)}, står ${f(d.found)}.`,
    en: (d, f) =>
      `Soliditet (equity ratio) ${d.year} should be equity ÷ total assets = ${f(d.expected)}, is ${f(d.found)}.`,
  },
  claims: {
    sv: (d, f) =>
      `${subject(d)} ska vara utgående eget kapital + avsättningar + skulder = ${f(d.expected)}; står ${f(d.found)}.`,
    en: (d, f) =>
      `${subject(d)} should be closing equity + provisions + liabilities = ${f(d.expected)}; is ${f(d.found)}.`,
  },
  balance: {
    sv: (d, f) =>
      `Balansräkningen ${d.year} balanserar inte: eget kapital, avsättningar och skulder är ${f(d.found)}, summa tillgångar ${f(d.expected)}.`,
    en: (d, f) =>
      `The balance sheet ${d.year} does not balance: equity, provisions and liabilities are ${f(d.found)}, total assets ${f(d.expected)}.`,
  },
  "cash-end": {
    sv: (d, f) =>
      `${subject(d)} ska vara likvida medel vid årets början + årets kassaflöde = ${f(d.expected)}; står ${f(d.found)}.`,
    en: (d, f) =>
      `${subject(d)} should be the liquid funds at the start + the year's cash flow = ${f(d.expected)}; is ${f(d.found)}.`,
  },
  "cash-start": {
    sv: (d, f) => `${subject(d)} är ${f(d.found)}, men likvida medel vid slutet av ${prev(d)} är ${f(d.expected)}.`,
    en: (d, f) => `${subject(d)} is ${f(d.found)}, but the liquid funds at the end of ${prev(d)} are ${f(d.expected)}.`,
  },
  "cash-balance": {
    sv: (d, f) =>
      `${subject(d)} är ${f(d.found)}, men balansräkningens likvida medel (kassa och bank, kortfristiga placeringar) på ${d.source} är ${f(d.expected)}.`,
    en: (d, f) =>
      `${subject(d)} is ${f(d.found)}, but the balance sheet's liquid funds (cash and bank, short-term investments) on ${d.source} are ${f(d.expected)}.`,
  },
  variance: {
    sv: (d, f) => `Avvikelsen för ${d.label} ska vara utfall − budget = ${f(d.expected)}; står ${f(d.found)}.`,
    en: (d, f) => `The variance of ${d.label} should be outcome − budget = ${f(d.expected)}; is ${f(d.found)}.`,
  },
  "same-figure": {
    sv: (d, f) =>
      `${subject(d)} är ${f(d.found)} här men ${f(d.expected)} på ${d.source}: samma belopp ska stå lika i alla tabeller.`,
    en: (d, f) =>
      `${subject(d)} is ${f(d.found)} here but ${f(d.expected)} on ${d.source}: the same figure must read the same in every table.`,
  },
  constant: {
    sv: (d, f) =>
      `${subject(d)}: mallens formel har ersatts av ett inskrivet tal (${f(d.found)})` +
      (d.expected ? `; rätt värde nu är ${f(d.expected)}, men talet följer inte med när indata ändras.` : "."),
    en: (d, f) =>
      `${subject(d)}: the template's formula has been replaced by a typed number (${f(d.found)})` +
      (d.expected ? `; the right figure now is ${f(d.expected)}, but the number will not follow changed inputs.` : "."),
  },
  "equity-guideline": {
    sv: (d, f) =>
      d.variant === "below"
        ? `Eget kapital vid utgången av ${d.year} är ${f(d.found)}, under noll: utanför riktlinjen.`
        : `Eget kapital vid utgången av ${d.year} är ${f(d.found)}, över riktlinjens tak ${f(d.expected)}.`,
    en: (d, f) =>
      d.variant === "below"
        ? `Equity at the end of ${d.year} is ${f(d.found)}, below zero: outside the guideline.`
        : `Equity at the end of ${d.year} is ${f(d.found)}, above the guideline's ceiling of ${f(d.expected)}.`,
  },
  "no-plan": {
    sv: () =>
      "Ingen plan hittades: arbetsboken har ingen resultaträkning, avgiftstabell, uppföljning av insatser eller soliditet att granska.",
    en: () =>
      "No plan found: the workbook has no statement, fee table, follow-up of interventions or solidity to review.",
  },
  "no-values": {
    sv: () =>
      "Arbetsboken har inga beräknade värden (den är skriven av ett program och aldrig sparad i Excel eller LibreOffice): bara formlerna granskas, inte beloppen.",
    en: () =>
      "The workbook has no calculated values (it was written by a program and never saved in Excel or LibreOffice): only its formulas are reviewed, not its figures.",
  },
};

/** Said after any finding whose figure is exactly 1 off in a table in tkr. */
const ROUNDING: Record<Language, string> = {
  sv: " Skillnaden är exakt 1 tkr: troligen avrundning, men summan ska stämma med raderna som de står.",
  en: " The difference is exactly 1 tkr: likely rounding, but a total must equal its lines as printed.",
};

const prev = (d: Details) => (d.year === undefined ? "" : String(d.year - 1));
const subject = (d: Details) => [d.label, d.year].filter((part) => part !== undefined && part !== "").join(" ");
const rowList = (d: Details) => (d.rows ?? []).map((row) => `"${row}"`).join(", ");

/** The finding's message in both languages. */
export function messages(rule: Rule, details: Details): Record<Language, string> {
  const say = (language: Language) =>
    MESSAGES[rule][language](details, (value) => figure(language, value, details.ratio)) +
    (details.rounding ? ROUNDING[language] : "");
  return { sv: say("sv"), en: say("en") };
}
