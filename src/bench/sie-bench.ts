import { PlanOutcomeCells, previewImport } from "../outcome/import";
import { sieBytes } from "../sie/write-sie";
import { formatMs, measure, printTable } from "./measure";
import { sampleLedger } from "./sample-ledger";

const TRANSACTIONS = 100_000;
const PROJECTS = Array.from({ length: 40 }, (_, i) => `P${i + 1}`);

export interface SieBenchResult {
  readonly transactions: number;
  readonly megabytes: number;
  /** Median time to read the file and aggregate its outcome per intervention (the whole preview). */
  readonly readAndAggregateMs: number;
}

/** A plan of 40 interventions, each mapped to its project on every cost account. */
const plan: PlanOutcomeCells = {
  followUpYear: 2025,
  budgetYear: 2025,
  followUpDate: { cell: { sheet: "Parametrar", address: "B12" }, current: null },
  interventions: PROJECTS.map((project, i) => ({
    name: `Insats ${project}`,
    cell: { sheet: "Insatser", address: `F${4 + i}` },
    current: null,
  })),
  costRows: [],
  mapping: { firstRow: 6, rows: PROJECTS.map((project) => ["4000-7999", 6, project, `Insats ${project}`]) },
};

/**
 * Reading a 100 000-transaction SIE file (PC8) and aggregating the outcome up
 * to 30 April per intervention, as the import's preview does (target: < 2 s).
 */
export function benchSie(): SieBenchResult {
  const bytes = sieBytes(sampleLedger({ year: 2025, transactions: TRANSACTIONS, projects: PROJECTS }));
  const timing = measure(`read and aggregate ${TRANSACTIONS.toLocaleString("en")} transactions`, () => {
    const preview = previewImport(plan, bytes, "2025-04-30");
    if (!preview.ok) throw new Error(preview.problems.join("\n"));
  });
  const megabytes = bytes.length / 1024 / 1024;
  printTable("SIE import (src/sie, src/outcome)", [
    ["step", "file", "median"],
    [timing.label, `${megabytes.toFixed(1)} MB`, formatMs(timing.medianMs)],
  ]);
  return { transactions: TRANSACTIONS, megabytes, readAndAggregateMs: timing.medianMs };
}
