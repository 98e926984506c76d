import { LABELS, Labels } from "../templates/labels";

/*
 * How the review recognises rows and columns by their labels: the templates'
 * own words in Swedish and English (templates/labels.ts), and the variants the
 * association's hand-built tables use (seed 002: "Över-underskott från tidigare
 * år", "Årets beräknade resultat", "Beräknat eget kapital vid årets utgång").
 */

/** Lower case, one space, one kind of dash, no "beräknad(e/t)" (seed 002's forecast wording). */
export function normalise(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/\bberäkna(de|d|t)\s/g, "")
    .replace(/-\/|\/-/g, "-")
    .replace(/[:.]$/, "")
    .trim();
}

const both = (pick: (labels: Labels) => string): string[] => [pick(LABELS.sv), pick(LABELS.en)].map(normalise);

export type StatementRole = "revenues" | "totalRevenues" | "costs" | "totalCosts" | "opening" | "result" | "closing";

const STATEMENT_WORDS: Record<StatementRole, string[]> = {
  revenues: both((l) => l.budget.revenues),
  totalRevenues: [...both((l) => l.budget.totalRevenues), "totala intäkter", "verksamhetens intäkter"],
  costs: both((l) => l.budget.costs),
  totalCosts: [...both((l) => l.budget.totalCosts), "totala kostnader", "verksamhetens kostnader"],
  opening: [
    ...both((l) => l.budget.opening),
    "över-underskott från tidigare år",
    "ingående eget kapital",
    "ing eget kapital",
    "opening equity",
  ],
  result: [...both((l) => l.budget.result), "årets resultat", "result for the year", "result"],
  closing: [
    ...both((l) => l.budget.closing),
    "utgående eget kapital",
    "utg eget kapital",
    "eget kapital vid årets slut",
    "closing equity",
  ],
};

/** An annual report's income-statement rows after the operating totals that the result adds (seed 004's Resultaträkning). */
export const INCOME_ITEMS = [
  "avskrivningar",
  "finansiella intäkter",
  "finansiella kostnader",
  "extraordinära poster",
  "depreciation",
  "financial income",
  "financial costs",
];

/** Its results along the way, which repeat sums of the rows above them. */
export const INCOME_SUBTOTALS = [
  "verksamhetens resultat",
  "resultat efter finansiella poster",
  "operating result",
  "result after financial items",
];

export function statementRole(label: string): StatementRole | undefined {
  const words = normalise(label);
  return (Object.keys(STATEMENT_WORDS) as StatementRole[]).find((role) => STATEMENT_WORDS[role].includes(words));
}

/** "Summa samverkansinsatser", "Total interventions": a sum of the rows above it. */
export const isSumLabel = (label: string): boolean => /^(summa|total|totalt|totals)\b/.test(normalise(label));

/** The row a sum row repeats above its detail rows (seed 002: "Samverkansinsatser" over "Summa samverkansinsatser"). */
export const summedName = (label: string): string => normalise(label).replace(/^(summa|totalt?)\s+/, "");

/** A year in a column header: 2025, "Budget 2025", "Plan 2026", or a date as a balance sheet's ("2021-12-31"). */
export function yearOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2100 ? value : undefined;
  if (typeof value !== "string" || value.length > 24) return undefined;
  const date = /^((?:19|20)\d{2})-\d{2}-\d{2}$/.exec(value.trim());
  if (date) return Number(date[1]);
  const match = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(value);
  return match && !/\d{4}\s*[-–]\s*\d{2}/.test(value) ? Number(match[1]) : undefined;
}

export const matches = (label: string, words: readonly string[]): boolean => words.includes(normalise(label));

export const FEE_WORDS = {
  member: [...both((l) => l.fees.member), "huvudman", "kommun", "municipality"],
  population: [...both((l) => l.fees.population), "antal inv", "befolkning", "population", "invånare 16-64 år"],
  share: [...both((l) => l.fees.share), "andel"],
  fee: [...both((l) => l.fees.fee), "avgift", "medlemsavgift", "fee"],
  /** One column for each quarter ... */
  quarters: [1, 2, 3, 4].map((q) => both((l) => l.fees.quarter(q))),
  /** ... or one column for "the" quarterly amount (seed 004: kr/kvartal). */
  quarter: ["kr/kvartal", "per kvartal", "kvartal", "per quarter", "quarterly"],
  amount: both((l) => l.fees.amount),
  state: [...both((l) => l.fees.state), "stat"],
  region: [...both((l) => l.fees.region)],
  municipalities: [...both((l) => l.fees.municipalities), "kommuner"],
  total: [...both((l) => l.fees.total), "total", "summa"],
};

/** "kr/år 2021", "Avgift 2025": a yearly fee column named with its year. */
export const isFeeHeader = (label: string): boolean =>
  matches(label, FEE_WORDS.fee) || /^(kr\/år|avgift|årsavgift|fee|yearly fee)\b/.test(normalise(label));

/** "Region Sörmland" is the region's row too. */
export const isRegionLabel = (label: string): boolean =>
  matches(label, FEE_WORDS.region) || /^region(en)?\s/.test(normalise(label));

export const BURN_WORDS = {
  budget: /^budget\b/,
  outcome: /^(utfall|outcome)\b/,
  burn: /^(förbrukningskvot|förbrukningsgrad|burn ratio)\b/,
};

/** A follow-up's forecast columns (docs/domain.md rule 8): the full-year forecast, an input, and the one at the current pace. */
export const FORECAST_WORDS = {
  forecast: both((l) => l.prognosis.forecast),
  pace: both((l) => l.prognosis.pace),
};

export const SOLIDITY_WORDS = {
  solidity: ["soliditet", "solidity", "equity ratio", "equity ratio (soliditet)"],
  equity: [...STATEMENT_WORDS.closing, "eget kapital", "summa eget kapital", "total equity", "equity"],
  assets: ["summa tillgångar", "total assets", "tillgångar totalt"],
};
