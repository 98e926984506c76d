/** The languages of everything a user reads: Swedish first (the default), and English. */
export type Language = "sv" | "en";
export const LANGUAGES: readonly Language[] = ["sv", "en"];

/**
 * The language of an Office display-language tag ("sv-SE", "sv-FI", "en-US", ...): Swedish for any sv tag,
 * English for any other, and Swedish when there is no tag to read (Swedish first).
 */
export function languageOfTag(tag: unknown): Language {
  return typeof tag === "string" && !tag.toLowerCase().startsWith("sv") ? "en" : "sv";
}
