import { writeFileSync } from "node:fs";

/*
 * Loaded with `--import` into a process the benchmark starts: on exit, writes
 * the process's peak resident memory (kB) to the file FINSAM_PEAK_MEMORY names.
 */
const target = process.env.FINSAM_PEAK_MEMORY;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
