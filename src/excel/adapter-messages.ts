import type { Texts } from "./adapter-error";

/* The messages the Office.js adapters stop with (as an ExcelAdapterError), in Swedish and English. */

const list = (names: readonly string[]) => names.join(", ");

export const ADAPTER_MESSAGES = {
  /** The plan's names refer to a sheet that was deleted, and no older plan has them all. */
  brokenNames: (names: readonly string[]): Texts => ({
    sv: `Planens namn ${list(names)} pekar på ett ark som har tagits bort (#REFERENS!). Skapa planen på nytt eller ta bort namnen under Formler → Namnhanteraren.`,
    en: `The plan's names ${list(names)} refer to a sheet that was deleted (#REF!). Create the plan again or delete the names in Formulas → Name Manager.`,
  }),
  /** The filled part of the selection is more than Excel lets the add-in read at once. */
  selectionTooLarge: {
    sv: "Markeringen innehåller för mycket för att läsas på en gång i Excel. Markera bara medlemmarnas rader.",
    en: "The selection holds too much for Excel to read at once. Select only the members' rows.",
  },
  /** Even one row of a range is more than Excel lets the add-in read at once. */
  readTooLarge: (address: string): Texts => ({
    sv: `${address} är för stort för att läsas på en gång i Excel. Markera en mindre del av arket.`,
    en: `${address} is too large for Excel to read at once. Select a smaller part of the sheet.`,
  }),
} as const;
