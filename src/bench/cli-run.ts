import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");

export interface CliRun {
  readonly seconds: number;
  readonly peakMb: number;
  /** The child's own processor time: what the wall time would be on an idle machine. */
  readonly cpuSeconds: number;
  readonly code: number;
}

/**
 * One run of a CLI script as a user starts it (tsx included), timed, with the
 * process's peak memory from peak-memory-probe.ts; `dir` holds the probe's file.
 */
export async function timeCli(script: string, args: readonly string[], dir: string): Promise<CliRun> {
  const probe = join(dir, "peak-kb");
  const started = process.hrtime.bigint();
  let code = 0;
  try {
    await run(process.execPath, ["--import", "tsx", "--import", "./src/bench/peak-memory-probe.ts", script, ...args], {
      cwd: ROOT,
      env: { ...process.env, FINSAM_PEAK_MEMORY: probe },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    code = (error as { code: number }).code;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [peakKb, cpuMs] = readFileSync(probe, "utf8").split(" ").map(Number);
  return { seconds, peakMb: peakKb / 1024, cpuSeconds: cpuMs / 1000, code };
}
