import { readFileSync, statSync } from "node:fs";
import ExcelJS from "exceljs";
import { relationshipsOf } from "./package-relationships";
import { identifySpreadsheet, zipFailure } from "./spreadsheet-format";
import { WorkbookFileError } from "./workbook-file-error";
import { ZipArchive, writeZip } from "./zip-archive";

/*
 * A workbook opened with ExcelJS to be changed and written back (`outcome`),
 * with its data validations kept as the ranges they cover. ExcelJS turns a
 * validation over a range into one entry per cell when it reads it: over a
 * whole sheet (`A1:XFD1048576`) that is 17 billion entries, a read that never
 * ends. Each validation's ranges are swapped for a placeholder before ExcelJS
 * reads the sheet and put back, as ranges, after: ExcelJS writes a range
 * entry back as it is.
 */

const PLACEHOLDER = "FINSAMVALIDATION";
const VALIDATIONS = /<(\w+:)?dataValidations\b[\s\S]*?<\/\1?dataValidations>/g;
const SQREF = /\bsqref="([^"]*)"/g;

export async function openEditableWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!statSync(path).isFile()) throw new WorkbookFileError("not-a-file");
  const file = identifySpreadsheet(readFileSync(path));
  if (file.kind !== "xlsx") throw new WorkbookFileError("ods-not-editable");
  const { bytes, ranges } = withPlaceholders(file.zip, file.workbookPart);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookFileError("damaged", (error as Error).message);
  }
  for (const worksheet of workbook.worksheets) {
    // Not in ExcelJS's type declarations, though its reader and writer keep validations there.
    const { model } = (worksheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
    for (const key of Object.keys(model)) {
      const original = ranges.get(key);
      if (original === undefined) continue;
      for (const range of original.split(/\s+/).filter(Boolean)) model[range] = model[key];
      delete model[key];
    }
  }
  return workbook;
}

/** The package with each validation's `sqref` replaced by a placeholder, and the ranges each placeholder stands for. */
function withPlaceholders(zip: ZipArchive, workbookPart: string): { bytes: Buffer; ranges: Map<string, string> } {
  const ranges = new Map<string, string>();
  const sheetParts = new Set(
    relationshipsOf(zip, workbookPart)
      .filter((relationship) => relationship.kind === "worksheet")
      .map((relationship) => relationship.part.toLowerCase()),
  );
  try {
    const parts = zip.names().map((name) => {
      const data = zip.read(name) as Buffer;
      if (!sheetParts.has(name.replace(/^\//, "").toLowerCase()) || !data.includes("dataValidations")) {
        return { name, data };
      }
      const text = data.toString("utf8").replace(VALIDATIONS, (validations) =>
        validations.replace(SQREF, (_, sqref: string) => {
          const placeholder = `${PLACEHOLDER}${ranges.size}`;
          ranges.set(placeholder, sqref);
          return `sqref="${placeholder}"`;
        }),
      );
      return { name, data: Buffer.from(text, "utf8") };
    });
    return { bytes: ranges.size > 0 ? writeZip(parts) : zip.bytes, ranges };
  } catch (error) {
    throw zipFailure(error);
  }
}
