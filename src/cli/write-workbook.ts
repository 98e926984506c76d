import { renameSync, rmSync } from "node:fs";
import ExcelJS from "exceljs";

/** Writes the workbook beside `path` and renames it into place: a failed write leaves no half-written file. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await workbook.xlsx.writeFile(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
