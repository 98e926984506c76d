import { relationshipsOf } from "../xlsx/package-relationships";
import { ZipArchive, writeZip } from "../xlsx/zip-archive";

/*
 * Workbooks that cost a reader in proportion to something other than their
 * cells, unless it is careful: a sheet as tall as Excel allows, and a data
 * validation over a whole sheet. Built here for the benchmark and the tests.
 */

/** Excel's last row. */
export const EXCEL_ROWS = 1_048_576;

/** The whole grid of a sheet, as a validation or format can cover it. */
export const WHOLE_SHEET = "A1:XFD1048576";

const PACKAGE_PARTS = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** An .xlsx file of one sheet, every row of Excel's grid filled in columns A–C: a number, a text and a formula with its value. */
export function tallSheetWorkbook(rows = EXCEL_ROWS): Buffer {
  const chunks: Buffer[] = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  let xml = "";
  for (let r = 1; r <= rows; r++) {
    xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>rad ${r}</t></is></c><c r="C${r}"><f>A${r}*2</f><v>${r * 2}</v></c></row>`;
    if (xml.length > 1 << 20) {
      chunks.push(Buffer.from(xml));
      xml = "";
    }
  }
  chunks.push(Buffer.from(`${xml}</sheetData></worksheet>`));
  return writeZip([
    ...Object.entries(PACKAGE_PARTS).map(([name, text]) => ({ name, data: Buffer.from(text) })),
    { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(chunks) },
  ]);
}

/** The workbook with a whole-number validation over the whole of its first sheet, as a user makes it by selecting all. */
export function withWholeSheetValidation(xlsx: Buffer): Buffer {
  const zip = new ZipArchive(xlsx);
  const workbookPart = relationshipsOf(zip, "").find((relationship) => relationship.kind === "officeDocument")!.part;
  const firstSheet = relationshipsOf(zip, workbookPart).find((relationship) => relationship.kind === "worksheet")!.part;
  const validation =
    `<dataValidation type="whole" operator="between" allowBlank="1" showErrorMessage="1" sqref="${WHOLE_SHEET}">` +
    "<formula1>-1000000000</formula1><formula2>1000000000</formula2></dataValidation>";
  const withValidation = (sheet: string) => {
    if (sheet.includes("</dataValidations>"))
      return sheet.replace("</dataValidations>", `${validation}</dataValidations>`);
    // A worksheet's validations come after its conditional formats, before its hyperlinks and page set-up.
    const before =
      /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|tableParts|extLst)\b|<\/worksheet>/.exec(
        sheet,
      )!.index;
    return `${sheet.slice(0, before)}<dataValidations count="1">${validation}</dataValidations>${sheet.slice(before)}`;
  };
  return writeZip(
    zip.names().map((name) => {
      const data = zip.read(name)!;
      return name.replace(/^\//, "") === firstSheet
        ? { name, data: Buffer.from(withValidation(data.toString("utf8"))) }
        : { name, data };
    }),
  );
}
