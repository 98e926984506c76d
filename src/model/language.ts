/** The languages of everything a user reads: Swedish first (the default), and English. */
export type Language = "sv" | "en";
export const LANGUAGES: readonly Language[] = ["sv", "en"];
