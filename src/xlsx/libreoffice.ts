import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/*
 * Headless LibreOffice as a second spreadsheet engine: it recalculates a
 * workbook's formulas itself (never trusting cached values) and saves the
 * result as .xlsx, or prints it to PDF. Used by the tests and by the CLI's PDF output.
 */

/**
 * A throw-away LibreOffice profile that recalculates every formula of an .xlsx on load and, given a
 * locale, shows numbers as that locale does (Calc's default locale, else the machine's: `8,000` on an
 * English server where a Swedish reader expects `8 000`).
 */
function recalculatingProfile(locale?: string): string {
  const profile = mkdtempSync(join(tmpdir(), "finsam-lo-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${locale ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>` : ""}
</oor:items>`,
  );
  return profile;
}

/**
 * Opens the workbooks (.xlsx or .ods, with different file names) in one start of LibreOffice,
 * which is most of its time, recalculates them and saves each as `format` in
 * `outDir`, numbers shown as `locale` shows them (a BCP 47 tag, "sv-SE"). Returns the paths written, in order.
 */
export async function convertWithLibreOffice(
  xlsxPaths: readonly string[],
  format: "xlsx" | "pdf" | "ods" | "xls",
  outDir: string,
  locale?: string,
): Promise<string[]> {
  const profile = recalculatingProfile(locale);
  try {
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        ...xlsxPaths,
      ],
      { timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return xlsxPaths.map((path) => join(outDir, basename(path).replace(/\.[^.]*$/, `.${format}`)));
}
