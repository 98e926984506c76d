import { relationshipsOf } from "./package-relationships";
import { WorkbookFileError } from "./workbook-file-error";
import { ZipArchive, ZipError, looksLikeZip } from "./zip-archive";

/*
 * What a file is, by its bytes rather than its name: a file saved under the
 * wrong extension, or an old format renamed .xlsx, is told apart before any
 * reader tries it, so that nothing is ever "read" that was not.
 */

export type SpreadsheetFile =
  { readonly kind: "xlsx"; readonly zip: ZipArchive; readonly workbookPart: string } | { readonly kind: "ods" };

/** Compound File Binary (OLE2): old .xls files, and Office files encrypted with a password. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** The readable kind of the file, or a WorkbookFileError saying what it is and why it is not read. */
export function identifySpreadsheet(bytes: Buffer): SpreadsheetFile {
  if (bytes.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) throw new WorkbookFileError(compoundKind(bytes));
  if (!looksLikeZip(bytes)) throw new WorkbookFileError("not-spreadsheet");
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(bytes);
  } catch (error) {
    throw zipFailure(error);
  }
  const mime = zip.has("mimetype") ? zip.text("mimetype")?.trim() : undefined;
  if (mime === ODS_MIME) {
    // An OpenDocument file saved with a password lists how each part is encrypted in its manifest.
    if (zip.text("META-INF/manifest.xml")?.includes("encryption-data")) throw new WorkbookFileError("encrypted");
    return { kind: "ods" };
  }
  if (zip.has("Index/Document.iwa")) throw new WorkbookFileError("numbers");
  const workbook = relationshipsOf(zip, "").find((relationship) => relationship.kind === "officeDocument");
  if (!workbook || !zip.has(workbook.part)) {
    throw new WorkbookFileError(zip.has("[Content_Types].xml") || mime ? "not-spreadsheet" : "damaged");
  }
  if (/\.bin$/i.test(workbook.part)) throw new WorkbookFileError("xlsb");
  return { kind: "xlsx", zip, workbookPart: workbook.part };
}

/** A compound file holding an encrypted Office package, or else an .xls workbook (its `Workbook` or `Book` stream). */
function compoundKind(bytes: Buffer): "encrypted" | "xls" | "not-spreadsheet" {
  const holds = (stream: string) => bytes.includes(Buffer.from(stream, "utf16le"));
  if (holds("EncryptedPackage") || holds("EncryptionInfo")) return "encrypted";
  // Stream names compare without case: some writers name it WORKBOOK.
  return ["Workbook", "WORKBOOK", "workbook", "Book", "BOOK"].some(holds) ? "xls" : "not-spreadsheet";
}

export function zipFailure(error: unknown): WorkbookFileError {
  if (!(error instanceof ZipError)) return new WorkbookFileError("damaged", (error as Error).message);
  if (error.reason === "encrypted-entry") return new WorkbookFileError("encrypted");
  if (error.reason === "not-zip") return new WorkbookFileError("damaged");
  return new WorkbookFileError("unsupported-part", error.reason === "too-large" ? "> 1 GB" : "zip compression");
}
