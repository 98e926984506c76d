import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookSpec } from "../templates/spec";
import { convertWithLibreOffice } from "./libreoffice";
import { specToWorkbook } from "./xlsx-writer";

/**
 * Prints sheets of a template to PDF through LibreOffice (which leaves hidden
 * sheets out): the whole workbook is written, so that the sheets' references
 * still compute, with every other sheet hidden. Written beside the target and
 * renamed into place, so a failure leaves no half-written file. Figures are printed the Swedish
 * way (`8 000`, `18,8 %`) in both languages, as the pane shows them: they are Swedish kronor.
 */
export async function writeSheetPdf(
  spec: WorkbookSpec,
  sheetKeys: string | readonly string[],
  outPath: string,
): Promise<void> {
  const keys = typeof sheetKeys === "string" ? [sheetKeys] : sheetKeys;
  const targets = keys.map((key) => {
    const target = spec.sheets.find((sheet) => sheet.key === key);
    if (!target) throw new Error(`the template has no sheet "${key}"`);
    return target.name;
  });
  const workbook = specToWorkbook(spec);
  workbook.worksheets.forEach(
    (worksheet) => (worksheet.state = targets.includes(worksheet.name) ? "visible" : "hidden"),
  );
  // The active sheet is printed even when hidden: make the first target the active one.
  const index = spec.sheets.findIndex((sheet) => sheet.name === targets[0]);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 15000, visibility: "visible", activeTab: index, firstSheet: index },
  ];
  const dir = mkdtempSync(join(tmpdir(), "finsam-pdf-"));
  try {
    const xlsx = join(dir, "sheet.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const [pdf] = await convertWithLibreOffice([xlsx], "pdf", dir, "sv-SE");
    renameSync(pdf, outPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
