import { writeFileSync } from "node:fs";

/*
 * Loaded with `--import` into a process the benchmark starts: on exit, writes
 * the process's peak resident memory (kB) and its processor time (ms, user and
 * system) to the file FINSAM_PEAK_MEMORY names.
 */
const target = process.env.FINSAM_PEAK_MEMORY;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS} ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}`);
  });
}
