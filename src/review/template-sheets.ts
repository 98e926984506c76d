import { SheetKey } from "../templates/context";
import { CLOSING_EQUITY_NAME, KEY_NAMES } from "../templates/key-names";
import type { Language } from "../model/language";
import { LABELS } from "../templates/labels";
import { ReadSheet, ReadWorkbook } from "./cells";

/*
 * Which sheets the templates made. A workbook is the templates' when it has
 * their workbook names (key-names.ts); its template sheets are those with the
 * templates' names in Swedish or English (with the " (2)" a clash with the
 * user's sheets adds, naming.ts), or that the names point at. On these sheets
 * the computed cells must hold formulas; on a hand-built sheet (a kansli's own
 * "Budget 2025" among them) every figure may be typed.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function sheetPattern(language: Language, key: SheetKey): RegExp {
  const sheets = LABELS[language].sheets;
  const name =
    key === "budget"
      ? escape(sheets.budget(1111)).replace("1111", "\\d{4}")
      : key === "plan"
        ? escape(sheets.plan(1111, 2222)).replace("1111", "\\d{4}").replace("2222", "\\d{4}")
        : escape(sheets[key]);
  return new RegExp(`^${name}( \\(\\d+\\))?$`);
}

/** The workbook names each template sheet carries: a sheet they point at is that template's. */
const NAMED: Partial<Record<SheetKey, RegExp>> = {
  params: new RegExp(`^(${KEY_NAMES.openingEquity}|${KEY_NAMES.budgetYear})(_\\d+)?$`, "i"),
  fees: new RegExp(`^(${KEY_NAMES.fees}|${KEY_NAMES.quarters})(_\\d+)?$`, "i"),
  plan: CLOSING_EQUITY_NAME,
};

const TEMPLATE_NAMES = new RegExp(`^(${Object.values(KEY_NAMES).join("|")})(_\\d+)?$`, "i");

export function templateSheetKey(workbook: ReadWorkbook, sheet: ReadSheet): SheetKey | undefined {
  if (!workbook.names.some((name) => TEMPLATE_NAMES.test(name.name))) return undefined;
  const keys = Object.keys(LABELS.sv.sheets) as SheetKey[];
  const byName = keys.find((key) =>
    (["sv", "en"] as const).some((language) => sheetPattern(language, key).test(sheet.name)),
  );
  if (byName) return byName;
  return keys.find((key) => workbook.names.some((name) => name.sheet === sheet.name && NAMED[key]?.test(name.name)));
}
