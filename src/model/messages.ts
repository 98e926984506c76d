import type { Money } from "./money";

/*
 * Every message a calculation can give, by code, in Swedish and English: the
 * model's rules and the custom functions' argument checks alike. Nothing builds
 * a sentence elsewhere; a surface picks the language (Excel's display language
 * for the custom functions) and renders a Problem with `render`.
 */

import type { Language } from "./language";

export type { Language };

/** What a message is about: a function's argument (or a part of it), a member's population, or a word of the model. */
export type Subject =
  | {
      parameter: string;
      row?: number;
      column?: number;
      item?: number;
      /** The part of a guideline row, or the offer doubled to the whole allocation. */
      part?: "from" | "percentage" | "doubled";
    }
  | { member: string }
  | { noun: Noun; index?: number };

type Noun = "fee" | "cost" | "perPersonYear" | "guideline";

export type Param = string | number | Money | Subject;
type Words = Readonly<Record<string, string>>;
type Texts = Readonly<Record<Language, (words: Words) => string>>;

/** The unit a sum is counted in: whole kronor, öre, or a smaller fraction of a krona (`unit` is its size). */
const unitName: Texts = {
  en: (w) => (w.decimals === "0" ? "kronor" : `${w.unit} kr`),
  sv: (w) => (w.decimals === "0" ? "kronor" : w.decimals === "2" ? "ören" : `enheter om ${w.unit} kr`),
};

export const MESSAGES = {
  // The custom functions' arguments.
  "argument-empty-number": {
    en: (w) => `${w.subject} is empty; it needs a number`,
    sv: (w) => `${w.subject} är tom; här behövs ett tal`,
  },
  "argument-empty-name": {
    en: (w) => `${w.subject} is empty; it needs a name`,
    sv: (w) => `${w.subject} är tom; här behövs ett namn`,
  },
  "argument-text": {
    en: (w) => `${w.subject} is the text "${w.text}"; it needs a number`,
    sv: (w) => `${w.subject} är texten "${w.text}"; här behövs ett tal`,
  },
  "argument-boolean": {
    en: (w) => `${w.subject} is the value ${w.value === "true" ? "TRUE" : "FALSE"}; it needs a number`,
    sv: (w) => `${w.subject} är värdet ${w.value === "true" ? "SANT" : "FALSKT"}; här behövs ett tal`,
  },
  "argument-data-type": {
    en: (w) =>
      `${w.subject} is a linked data type (${w.label}); it needs ${w.needs === "name" ? "a name" : "a number"}`,
    sv: (w) =>
      `${w.subject} är en länkad datatyp (${w.label}); här behövs ${w.needs === "name" ? "ett namn" : "ett tal"}`,
  },
  "argument-not-finite": {
    en: (w) => `${w.subject} is not a finite number`,
    sv: (w) => `${w.subject} är inte ett ändligt tal`,
  },
  "argument-not-date": {
    en: (w) => `${w.subject} (${w.serial}) is not a date Excel knows (1900-01-01 to 9999-12-31)`,
    sv: (w) => `${w.subject} (${w.serial}) är inget datum som Excel känner (1900-01-01 till 9999-12-31)`,
  },
  "argument-not-year": {
    en: (w) => `${w.subject} (${w.value}) is not a year: write a whole year such as 2025`,
    sv: (w) => `${w.subject} (${w.value}) är inget år: skriv ett helt år, t.ex. 2025`,
  },
  "argument-too-large": {
    en: (w) =>
      `${w.subject} is too large to share exactly: Excel's numbers hold whole ${w.decimals === "0" ? "kronor" : "öre"} only up to ${w.limit}`,
    sv: (w) =>
      `${w.subject} är för stort för att fördelas exakt: Excels tal rymmer hela ${w.decimals === "0" ? "kronor" : "ören"} bara upp till ${w.limit}`,
  },
  "range-empty": {
    en: (w) => `${w.subject} is an empty range`,
    sv: (w) => `${w.subject} är ett tomt område`,
  },
  "range-not-line": {
    en: (w) => `${w.subject} must be a single column or row, not ${w.rows} rows × ${w.columns} columns`,
    sv: (w) => `${w.subject} måste vara en enda kolumn eller rad, inte ${w.rows} rader × ${w.columns} kolumner`,
  },
  "columns-differ": {
    en: (w) =>
      `${w.revenues} has ${columns.en(w.revenueColumns)} but ${w.costs} has ${columns.en(w.costColumns)}; give one column per year in both`,
    sv: (w) =>
      `${w.revenues} har ${columns.sv(w.revenueColumns)} men ${w.costs} har ${columns.sv(w.costColumns)}; ge en kolumn per år i båda`,
  },
  "pace-dates-incomplete": {
    en: (w) => `give all three of ${w.asOf}, ${w.start} and ${w.end} for the pace, or none of them`,
    sv: (w) => `ange alla tre av ${w.asOf}, ${w.start} och ${w.end} för takten, eller ingen av dem`,
  },
  "not-a-party": {
    en: (w) => `${w.subject} "${w.word}" is not a party of the split; write one of ${w.words}`,
    sv: (w) => `${w.subject} "${w.word}" är ingen part i fördelningen; skriv något av ${w.words}`,
  },
  "guideline-shape": {
    en: (w) =>
      `${w.subject} must be one percentage or two columns (contribution from, percentage), not ${w.rows} rows × ${w.columns} columns`,
    sv: (w) =>
      `${w.subject} måste vara en procentsats eller två kolumner (bidrag från, procentsats), inte ${w.rows} rader × ${w.columns} kolumner`,
  },
  "guideline-empty": {
    en: (w) => `${w.subject} is empty; it needs a percentage or rows of (from, percentage)`,
    sv: (w) => `${w.subject} är tom; här behövs en procentsats eller rader med (från, procentsats)`,
  },
  "members-sizes-differ": {
    en: (w) =>
      `${w.members} has ${w.memberCells} cells but ${w.populations} has ${w.populationCells}; they must be the same size`,
    sv: (w) =>
      `${w.members} har ${w.memberCells} celler men ${w.populations} har ${w.populationCells}; de måste vara lika stora`,
  },
  "member-name-missing": {
    en: (w) => `${w.subject} is empty but its population is given`,
    sv: (w) => `${w.subject} är tom men befolkningen är ifylld`,
  },
  "member-twice": {
    en: (w) => `"${w.name}" is in ${w.members} twice (items ${w.first} and ${w.second})`,
    sv: (w) => `"${w.name}" finns två gånger i ${w.members} (nummer ${w.first} och ${w.second})`,
  },
  "members-empty": {
    en: (w) => `${w.members} and ${w.populations} are empty`,
    sv: (w) => `${w.members} och ${w.populations} är tomma`,
  },
  "member-not-found": {
    en: (w) => `"${w.name}" is not in the member list`,
    sv: (w) => `"${w.name}" finns inte i medlemslistan`,
  },
  "population-negative": {
    en: (w) => `${w.subject} is negative (${w.value}); a population cannot be`,
    sv: (w) => `${w.subject} är negativ (${w.value}); en befolkning kan inte vara det`,
  },
  "result-not-finite": {
    en: () => "the result is not a finite number",
    sv: () => "resultatet är inte ett ändligt tal",
  },
  unexpected: {
    en: (w) => `unexpected error: ${w.detail}`,
    sv: (w) => `oväntat fel: ${w.detail}`,
  },

  // Apportionment and instalments (docs/domain.md rule 2).
  "no-members": {
    en: () => "there are no members to share between",
    sv: () => "det finns inga medlemmar att fördela mellan",
  },
  "weights-zero": {
    en: () => "the weights (populations) add up to zero, so there is nothing to share by",
    sv: () => "vikterna (befolkningarna) summerar till noll, så det finns inget att fördela efter",
  },
  "weight-not-finite": {
    en: (w) => `weight ${w.index} is not a finite number`,
    sv: (w) => `vikt ${w.index} är inte ett ändligt tal`,
  },
  "weight-negative": {
    en: (w) => `weight ${w.index} is negative (${w.value}); populations cannot be`,
    sv: (w) => `vikt ${w.index} är negativ (${w.value}); en befolkning kan inte vara det`,
  },
  "decimals-out-of-range": {
    en: (w) => `${w.subject} must be a whole number from 0 to ${w.max}, not ${w.value}`,
    sv: (w) => `${w.subject} måste vara ett heltal från 0 till ${w.max}, inte ${w.value}`,
  },
  "amount-not-finite": {
    en: () => "the amount to share is not a finite number",
    sv: () => "beloppet att fördela är inte ett ändligt tal",
  },
  "amount-negative": {
    en: (w) => `the amount to share must not be negative (it is ${w.value})`,
    sv: (w) => `beloppet att fördela får inte vara negativt (det är ${w.value})`,
  },
  "amount-not-whole": {
    en: (w) => `the amount ${w.value} is not a whole number of ${w.unit}, so its parts cannot add up to it exactly`,
    sv: (w) => `beloppet ${w.value} är inte en jämn multipel av ${w.unit}, så delarna kan inte summera exakt till det`,
  },
  "fee-negative": {
    en: (w) => `${w.subject} must be a non-negative number (it is ${w.value})`,
    sv: (w) => `${w.subject} måste vara ett tal som inte är negativt (det är ${w.value})`,
  },
  "fee-not-whole": {
    en: (w) => `${w.subject} (${w.value}) is not a whole number of ${unitName.en(w)}`,
    sv: (w) => `${w.subject} (${w.value}) är inte ett helt antal ${unitName.sv(w)}`,
  },

  // The law's split (rule 1).
  "offer-negative": {
    en: (w) => `the state's offer must not be negative (it is ${w.value})`,
    sv: (w) => `statens tilldelning får inte vara negativ (den är ${w.value})`,
  },
  "offer-not-whole": {
    en: (w) =>
      `the state's offer (${w.value}) is not a whole number of ${unitName.en(w)}, so the state could not pay exactly its offer`,
    sv: (w) =>
      `statens tilldelning (${w.value}) är inte ett helt antal ${unitName.sv(w)}, så staten kan inte betala exakt sin tilldelning`,
  },

  // Equity (rules 3, 4).
  "costs-mixed-signs": {
    en: (w) =>
      `costs mix signs (item ${w.positiveItem} is ${w.positive}, item ${w.negativeItem} is ${w.negative}): write all costs negative, as plans do, or all positive`,
    sv: (w) =>
      `kostnaderna har blandade tecken (nummer ${w.positiveItem} är ${w.positive}, nummer ${w.negativeItem} är ${w.negative}): skriv alla kostnader negativa, som planerna gör, eller alla positiva`,
  },

  // Burn ratio (rule 5).
  "budget-not-positive": {
    en: (w) => `the budget must be above zero to compare the outcome with (it is ${w.value})`,
    sv: (w) => `budgeten måste vara över noll för att utfallet ska kunna jämföras med den (den är ${w.value})`,
  },
  "follow-up-before-start": {
    en: () => "the follow-up date is before the period starts, so no budget has been used yet",
    sv: () => "uppföljningsdatumet ligger före periodens början, så ingen budget har förbrukats än",
  },
  "period-not-whole-days": {
    en: () => "the period's start and end must be whole days",
    sv: () => "periodens start och slut måste vara hela dagar",
  },
  "period-reversed": {
    en: () => "the period ends before it starts",
    sv: () => "perioden slutar innan den börjar",
  },

  // Follow-up measures (rule 6).
  "total-assets-not-positive": {
    en: (w) => `total assets must be above zero to relate equity to (they are ${w.value})`,
    sv: (w) =>
      `balansomslutningen måste vara över noll för att det egna kapitalet ska kunna ställas mot den (den är ${w.value})`,
  },
  "no-saving": {
    en: () => "with no participants (or no cost per person) there is no saving, so the cost is never paid back",
    sv: () =>
      "utan deltagare (eller utan kostnad per person) blir det ingen besparing, så kostnaden betalas aldrig tillbaka",
  },
  "working-zero": {
    en: (w) => `${w.subject} (persons 20–64) is zero, so there is nobody to relate the others to`,
    sv: (w) => `${w.subject} (personer 20–64 år) är noll, så det finns ingen att ställa de andra mot`,
  },
  "group-empty": {
    en: (w) => `${w.subject} has no numbers; it needs the number of persons`,
    sv: (w) => `${w.subject} har inga tal; här behövs antalet personer`,
  },
  "must-not-be-negative": {
    en: (w) => `${w.subject} must not be negative (it is ${w.value})`,
    sv: (w) => `${w.subject} får inte vara negativ (den är ${w.value})`,
  },

  // The equity guideline (rule 7).
  "contributions-negative": {
    en: (w) => `the contributions must not be negative (they are ${w.value}); the guideline starts at 0`,
    sv: (w) => `medlemsbidragen får inte vara negativa (de är ${w.value}); riktlinjen börjar på 0`,
  },
  "guideline-no-rows": {
    en: () => "the guideline has no rows",
    sv: () => "riktlinjen har inga rader",
  },
  "guideline-first-row": {
    en: (w) => `${w.subject} starts at ${w.from}; the first row must start at 0, so that every contribution has a rate`,
    sv: (w) =>
      `${w.subject} börjar på ${w.from}; första raden måste börja på 0, så att varje bidrag har en procentsats`,
  },
  "guideline-not-ascending": {
    en: (w) => `${w.subject} starts at ${w.from}, not above row ${w.previousRow}'s ${w.previous}; the rows must ascend`,
    sv: (w) => `${w.subject} börjar på ${w.from}, inte över rad ${w.previousRow}s ${w.previous}; raderna måste stiga`,
  },
  "percentage-negative": {
    en: (w) => `${w.subject}'s percentage must not be negative (it is ${w.rate})`,
    sv: (w) => `procentsatsen i ${w.subject} får inte vara negativ (den är ${w.rate})`,
  },
  "percentage-above-100": {
    en: (w) =>
      `${w.subject}'s percentage ${w.rate} is above 100 %: write ${w.rate} % (or ${w.fraction}), not ${w.rate}`,
    sv: (w) =>
      `procentsatsen ${w.rate} i ${w.subject} är över 100 %: skriv ${w.rate} % (eller ${w.fraction}), inte ${w.rate}`,
  },
} satisfies Record<string, Texts>;

export type MessageCode = keyof typeof MESSAGES;

/** A message to be rendered: its code, its figures and subjects, and the year of a plan it arose in. */
export interface Problem {
  readonly code: MessageCode;
  readonly params?: Readonly<Record<string, Param>>;
  readonly year?: number;
}

/** A parameter's name in a language; without one (outside a custom function) the English name is used. */
export type ParameterNames = (parameter: string) => string;

const columns = {
  en: (count: string) => (count === "1" ? "1 column" : `${count} columns`),
  sv: (count: string) => (count === "1" ? "1 kolumn" : `${count} kolumner`),
};

const NOUNS: Readonly<Record<Noun, Readonly<Record<Language, (index?: number) => string>>>> = {
  fee: { en: (i) => (i ? `fee ${i}` : "the fee"), sv: (i) => (i ? `avgift ${i}` : "avgiften") },
  cost: { en: () => "the cost", sv: () => "kostnaden" },
  perPersonYear: { en: () => "the cost per person and year", sv: () => "kostnaden per person och år" },
  guideline: { en: () => "the guideline", sv: () => "riktlinjen" },
};

const PARTS: Readonly<
  Record<NonNullable<Extract<Subject, { parameter: string }>["part"]>, Readonly<Record<Language, string>>>
> = {
  from: { en: "from", sv: "från" },
  percentage: { en: "percentage", sv: "procentsats" },
  doubled: { en: "doubled for the whole allocation", sv: "dubblerad till hela tilldelningen" },
};

export function render(problem: Problem, language: Language, parameterName: ParameterNames = (name) => name): string {
  const words = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([key, value]) => [key, word(value, language, parameterName)]),
  );
  const text = MESSAGES[problem.code][language](words);
  if (problem.year === undefined) return text;
  return language === "sv" ? `år ${problem.year} i planen: ${text}` : `year ${problem.year} of the plan: ${text}`;
}

function word(value: Param, language: Language, parameterName: ParameterNames): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return figure(String(value), language);
  if ("toFixed" in value) return figure(value.toFixed(), language);
  return subject(value, language, parameterName);
}

/** Swedish writes a decimal comma. */
function figure(text: string, language: Language): string {
  return language === "sv" ? text.replace(".", ",") : text;
}

function subject(value: Subject, language: Language, parameterName: ParameterNames): string {
  if ("member" in value) {
    return language === "sv" ? `befolkningen för ${value.member}` : `the population of ${value.member}`;
  }
  if ("noun" in value) return NOUNS[value.noun][language](value.index);
  const sv = language === "sv";
  let text = parameterName(value.parameter);
  if (value.row !== undefined) text += sv ? ` rad ${value.row}` : ` row ${value.row}`;
  if (value.column !== undefined) text += sv ? ` kolumn ${value.column}` : ` column ${value.column}`;
  if (value.item !== undefined) text += sv ? ` (nummer ${value.item})` : ` (item ${value.item})`;
  if (value.part !== undefined) text += ` (${PARTS[value.part][language]})`;
  return text;
}
