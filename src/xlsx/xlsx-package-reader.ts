import { ReadName, ReadSheet, ReadWorkbook } from "../review/cells";
import { nameFromFormula } from "../review/range-arrays";
import { relationshipsOf } from "./package-relationships";
import { dateStylesOf } from "./date-styles";
import { readSheetCells, unescapeText } from "./sheet-cells";
import { zipFailure } from "./spreadsheet-format";
import { WorkbookFileError } from "./workbook-file-error";
import { XmlError, attributesOf, prefixedAttribute, scanXml } from "./xml-scan";
import { ZipArchive, ZipError } from "./zip-archive";

/*
 * An .xlsx (or .xlsm) package read into what the review reads, every part
 * found by its relationships: the workbook's sheets in their order with their
 * names, the shared strings, the styles that show dates, and the workbook's
 * names. Chart sheets and other sheets without cells are left out.
 */

export async function readXlsxPackage(zip: ZipArchive, workbookPart: string): Promise<ReadWorkbook> {
  const relationships = relationshipsOf(zip, workbookPart);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const { sheets, names } = readPart(zip, workbookPart, workbookOf);
  const stringsPart = relationships.find((relationship) => relationship.kind === "sharedStrings")?.part;
  const sharedStrings = stringsPart && zip.has(stringsPart) ? readPart(zip, stringsPart, sharedStringsOf) : [];
  const stylesPart = relationships.find((relationship) => relationship.kind === "styles")?.part;
  const dateStyles = stylesPart && zip.has(stylesPart) ? readPart(zip, stylesPart, dateStylesOf) : new Set<number>();
  const read: ReadSheet[] = [];
  for (const sheet of sheets) {
    const target = byId.get(sheet.relationship);
    if (target?.kind !== "worksheet") continue;
    if (!zip.has(target.part)) throw new WorkbookFileError("damaged", target.part);
    // Sheets are streamed: they are the parts that grow with the workbook.
    const cells = await failuresNamed(target.part, () =>
      readSheetCells(zip.stream(target.part), sharedStrings, dateStyles),
    );
    read.push({ name: sheet.name, cells });
  }
  return { sheets: read, names };
}

/** A part read whole by `parse`. */
function readPart<T>(zip: ZipArchive, part: string, parse: (bytes: Buffer) => T): T {
  return failuresNamed(part, () => {
    const bytes = zip.read(part);
    if (!bytes) throw new WorkbookFileError("damaged", part);
    return parse(bytes);
  });
}

/** What `read` gives, any failure to read the part a WorkbookFileError that names it. */
function failuresNamed<T>(part: string, read: () => T): T {
  const named = (error: unknown): never => {
    if (error instanceof ZipError) throw zipFailure(error);
    if (error instanceof XmlError || error instanceof RangeError) throw new WorkbookFileError("damaged", part);
    throw error;
  };
  try {
    const result = read();
    return (result instanceof Promise ? result.catch(named) : result) as T;
  } catch (error) {
    return named(error);
  }
}

interface WorkbookPart {
  readonly sheets: { readonly name: string; readonly relationship: string }[];
  readonly names: ReadName[];
}

function workbookOf(bytes: Buffer): WorkbookPart {
  const sheets: WorkbookPart["sheets"] = [];
  const names: ReadName[] = [];
  let definedName: string | undefined;
  let formula = "";
  scanXml(bytes, {
    open(name, raw, selfClosing) {
      if (name === "sheet") {
        const attributes = attributesOf(raw);
        sheets.push({ name: attributes.name ?? "", relationship: prefixedAttribute(attributes, "id") ?? "" });
      } else if (name === "definedName" && !selfClosing) {
        definedName = attributesOf(raw).name;
        formula = "";
      }
    },
    close(name) {
      if (name !== "definedName" || definedName === undefined) return;
      // Print areas and other built-in names (_xlnm.) are not the plan's; a name over several areas is read by each.
      if (!definedName.startsWith("_xlnm")) {
        for (const area of splitAreas(formula)) {
          const read = nameFromFormula(definedName, `=${area}`);
          if (read) names.push(read);
        }
      }
      definedName = undefined;
    },
    text(text) {
      if (definedName !== undefined) formula += text;
    },
  });
  return { sheets, names };
}

/** `'A'!$B$1,'B, C'!$D$2` as its areas: commas outside quotes separate them. */
function splitAreas(formula: string): string[] {
  return formula.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
}

/** The shared string table: each `<si>`'s text, its runs joined, phonetic guides (`<rPh>`) left out. */
function sharedStringsOf(bytes: Buffer): string[] {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let inPhonetic = false;
  scanXml(bytes, {
    open(name, _, selfClosing) {
      if (name === "si") current = "";
      else if (name === "rPh") inPhonetic = !selfClosing;
      else if (name === "t" && !inPhonetic) inText = !selfClosing;
      if (name === "si" && selfClosing) strings.push("");
    },
    close(name) {
      if (name === "si") strings.push(unescapeText(current));
      else if (name === "rPh") inPhonetic = false;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}
