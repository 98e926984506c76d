import { readFileSync, statSync } from "node:fs";
import type { Language } from "../model/language";

/** The largest SIE file read: a year of a large association's books is a few MB. */
const MAX_SIE_MEGABYTES = 100;

const TEXTS = {
  sv: {
    missing: "filen finns inte",
    notFile: "det är ingen fil",
    tooLarge: `filen är större än ${MAX_SIE_MEGABYTES} MB`,
    unreadable: (reason: string) => `filen kan inte läsas (${reason})`,
  },
  en: {
    missing: "no such file",
    notFile: "not a file",
    tooLarge: `the file is over ${MAX_SIE_MEGABYTES} MB`,
    unreadable: (reason: string) => `the file cannot be read (${reason})`,
  },
} as const;

/** An SIE file's bytes, or why they cannot be had, in the user's language. */
export function readSieFile(path: string, language: Language): { bytes: Uint8Array } | { reason: string } {
  const texts = TEXTS[language];
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { reason: texts.notFile };
    if (stats.size > MAX_SIE_MEGABYTES * 1024 * 1024) return { reason: texts.tooLarge };
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === "ENOENT" ? texts.missing : texts.unreadable(code ?? (error as Error).message) };
  }
}
