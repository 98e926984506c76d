import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReadWorkbook } from "../review/cells";
import { convertWithLibreOffice } from "./libreoffice";
import { identifySpreadsheet } from "./spreadsheet-format";
import { WorkbookFileError } from "./workbook-file-error";
import { readXlsxPackage } from "./xlsx-package-reader";

/**
 * Reads a spreadsheet file into what the review reads (review/cells.ts): each
 * cell's constant or formula with the value Excel or LibreOffice last computed
 * and saved. An .xlsx or .xlsm file is read directly; an .ods file through
 * LibreOffice, when it is installed. Anything else, and a workbook without a
 * single cell, is a WorkbookFileError saying what the file is: nothing passes unread.
 */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  if (!statSync(path).isFile()) throw new WorkbookFileError("not-a-file");
  const file = identifySpreadsheet(readFileSync(path));
  const workbook = file.kind === "xlsx" ? await readXlsxPackage(file.zip, file.workbookPart) : await readOds(path);
  if (!workbook.sheets.some((sheet) => sheet.cells.some((row) => row.some(Boolean)))) {
    throw new WorkbookFileError("no-cells");
  }
  return workbook;
}

/** An OpenDocument spreadsheet, converted to .xlsx by LibreOffice in a folder of its own, then read as one. */
async function readOds(path: string): Promise<ReadWorkbook> {
  const dir = mkdtempSync(join(tmpdir(), "finsam-ods-"));
  try {
    const copy = join(dir, "workbook.ods");
    writeFileSync(copy, readFileSync(path));
    let converted: string;
    try {
      [converted] = await convertWithLibreOffice([copy], "xlsx", dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new WorkbookFileError("ods");
      throw new WorkbookFileError("ods-not-converted");
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(converted);
    } catch {
      throw new WorkbookFileError("ods-not-converted");
    }
    const file = identifySpreadsheet(bytes);
    if (file.kind !== "xlsx") throw new WorkbookFileError("ods-not-converted");
    return readXlsxPackage(file.zip, file.workbookPart);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
