import type { Language } from "./language";
import type { OpeningSource } from "./next-year";

/*
 * What `npm run next-year` and the pane's *Nästa års plan* say of the plan they
 * made (docs/domain.md rule 11), in Swedish and English: where its opening
 * equity came from, what was left out, and what the kansli must still update.
 */

const SOURCES: Readonly<Record<Language, Readonly<Record<OpeningSource, string>>>> = {
  sv: {
    accounts: "enligt årsredovisningen",
    "closing-given": "som angavs med --closing",
    prognosis: "enligt uppföljningens prognos",
    plan: "enligt planen (inget bokslut angavs och ingen uppföljning av budgetåret finns)",
  },
  en: {
    accounts: "from the annual accounts",
    "closing-given": "as given by --closing",
    prognosis: "from the follow-up's prognosis",
    plan: "from the plan (no accounts given and no follow-up of the budget year)",
  },
};

export const NEXT_YEAR_MESSAGES = {
  sv: {
    opening: (amount: string, year: number, source: OpeningSource) =>
      `ingående eget kapital ${amount}: ${year} års utgående eget kapital ${SOURCES.sv[source]}`,
    finished: (labels: string) => `avslutade insatser, inte med i den nya planen: ${labels}`,
    populations: (year: number) =>
      `kom ihåg: uppdatera medlemmarnas befolkning 16–64 år (SCB, 1 november ${year}) innan avgifterna skickas`,
  },
  en: {
    opening: (amount: string, year: number, source: OpeningSource) =>
      `opening equity ${amount}: ${year}'s closing equity ${SOURCES.en[source]}`,
    finished: (labels: string) => `finished interventions, left out of the new plan: ${labels}`,
    populations: (year: number) =>
      `remember: update the members' populations aged 16–64 (SCB, 1 November ${year}) before the fees go out`,
  },
} as const satisfies Record<Language, unknown>;
