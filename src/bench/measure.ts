/** Timing for benchmarks: several rounds, the median taken, so that one hiccup of the machine does not decide. */
export interface Timing {
  readonly label: string;
  readonly medianMs: number;
}

const ROUNDS = 7;

/**
 * Median time of one `run`, each round repeating it `repeat` times so that a
 * sub-millisecond call is timed warm, as Excel's recalculations would run it.
 */
export function measure(label: string, run: () => void, repeat = 1): Timing {
  run(); // warm-up: JIT and caches the real workload would also have warm
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < repeat; k++) run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6 / repeat);
  }
  samples.sort((a, b) => a - b);
  return { label, medianMs: samples[Math.floor(ROUNDS / 2)] };
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

export function printTable(title: string, rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\n${title}`);
  for (const row of rows) {
    console.log("  " + row.map((cell, column) => cell.padEnd(widths[column])).join("  "));
  }
}
