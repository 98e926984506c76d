import { Money, money, sum } from "../model/money";
import { SieExport } from "../sie/write-sie";

/** Cost accounts (BAS classes 4–7) and the bank account that pays them, as a small association's chart has them. */
export const SAMPLE_ACCOUNTS = [
  { account: "1930", name: "Företagskonto" },
  { account: "4010", name: "Löner till tjänstemän" },
  { account: "5010", name: "Lokalhyra" },
  { account: "5410", name: "Förbrukningsinventarier" },
  { account: "6550", name: "Konsultarvoden" },
  { account: "6990", name: 'Övriga externa kostnader, "diverse"' },
  { account: "7690", name: "Övriga personalkostnader" },
];
const COST_ACCOUNTS = SAMPLE_ACCOUNTS.slice(1).map((a) => a.account);

/** The same numbers for the same seed (mulberry32), so that a failing sample can be made again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleLedgerOptions {
  readonly year: number;
  /** #TRANS rows in all, the bank's included. */
  readonly transactions: number;
  /** Project codes (dimension 6), one per intervention; costs without a project go to kostnadsställe 100. */
  readonly projects: readonly string[];
  readonly seed?: number;
}

/**
 * A made-up year of an association's books (no real ledger data): balanced
 * verifications of one to three costs, each on a project or on the office,
 * paid from the bank; one cost in twenty a credit (a refund).
 */
export function sampleLedger({ year, transactions, projects, seed = 1 }: SampleLedgerOptions): SieExport {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const verifications: SieExport["verifications"][number][] = [];
  let written = 0;
  while (written < transactions) {
    const costs = Math.min(1 + Math.floor(next() * 3), transactions - written - 1);
    if (costs < 1) break;
    const rows = Array.from({ length: costs }, () => {
      const ore = 10_000 + Math.floor(next() * 5_000_000);
      const project = next() < 0.85 ? pick(projects) : undefined;
      return {
        account: pick(COST_ACCOUNTS),
        objects: project === undefined ? [{ dimension: "1", object: "100" }] : [{ dimension: "6", object: project }],
        amount: money(next() < 0.05 ? -ore : ore).div(100),
        text: "Faktura",
      };
    });
    const day = new Date(Date.UTC(year, 0, 1 + Math.floor(next() * 365)));
    verifications.push({
      series: "A",
      number: String(verifications.length + 1),
      date: day.toISOString().slice(0, 10),
      text: `Leverantörsfaktura ${verifications.length + 1}`,
      transactions: [...rows, { account: "1930", objects: [], amount: sum(rows.map((row) => row.amount)).neg() }],
    });
    written += costs + 1;
  }
  return {
    company: "Samordningsförbundet Prov",
    fiscalYear: { start: `${year}-01-01`, end: `${year}-12-31` },
    accounts: SAMPLE_ACCOUNTS,
    dimensions: [
      { dimension: "1", name: "Kostnadsställe" },
      { dimension: "6", name: "Projekt" },
    ],
    objects: [
      { dimension: "1", object: "100", name: "Kansli" },
      ...projects.map((object) => ({ dimension: "6", object, name: `Projekt ${object}` })),
    ],
    verifications,
  };
}

/**
 * Cost booked per object of a dimension (projects are 6, kostnadsställen 1) up
 * to and including `asOf`, summed straight from the sample: an oracle for the import.
 */
export function objectCosts(ledger: SieExport, asOf: string, dimension = "6"): Map<string, Money> {
  const totals = new Map<string, Money>();
  for (const verification of ledger.verifications) {
    if (verification.date > asOf) continue;
    for (const { objects, amount } of verification.transactions) {
      const object = objects.find((o) => o.dimension === dimension)?.object;
      if (object !== undefined) totals.set(object, (totals.get(object) ?? money(0)).plus(amount));
    }
  }
  return totals;
}
