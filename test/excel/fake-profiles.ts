import swedishNames from "../../src/functions/names.sv.json";

/*
 * The platforms the Office.js fake can stand in for. What differs between them
 * is here, each with its source; what every Excel does (PropertyNotLoaded,
 * #REF! names, tables among the defined names, Excel on the web's size limits,
 * taken as the stricter reading everywhere) is in fake-excel.ts.
 */

export interface PlatformProfile {
  /** Office.context.displayLanguage: Excel's UI language. */
  readonly displayLanguage: string;
  /** The list separator of Windows' regional settings, which address lists and name formulas use on desktop. */
  readonly listSeparator: "," | ";";
  /** Whether `NamedItem.formula` comes back in the UI's language (desktop, office-js#2834) or en-US (the web). */
  readonly localizedNameFormulas: boolean;
  /** Whether `range.select()` on a sheet that is not active shows that sheet (office-js#5118: not on Windows). */
  readonly selectSwitchesSheets: boolean;
  /** The highest version of each requirement set the platform supports (Office's requirement-set tables). */
  readonly requirementSets: Readonly<Record<string, string>>;
}

/** Microsoft 365 today, on the web and on Windows (Office's requirement-set tables list the same versions). */
const MICROSOFT_365_SETS = { ExcelApi: "1.17", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" } as const;

export const PROFILES = {
  /** English Excel on the web: what the fake always was. */
  "web-en": {
    displayLanguage: "en-US",
    listSeparator: ",",
    localizedNameFormulas: false,
    selectSwitchesSheets: true,
    requirementSets: MICROSOFT_365_SETS,
  },
  /** Swedish desktop Excel on Windows with Swedish regional settings: most of our users. */
  "windows-sv": {
    displayLanguage: "sv-SE",
    // Swedish regional settings use ";" (office-js#1167, #1985: comma-separated getRanges lists fail there).
    listSeparator: ";",
    localizedNameFormulas: true,
    selectSwitchesSheets: false,
    requirementSets: MICROSOFT_365_SETS,
  },
} as const satisfies Record<string, PlatformProfile>;

export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];

/**
 * The custom functions' names Excel registers: those of the metadata for its
 * display language only (functions-sv.json in Swedish Excel), so a formula
 * written through the API with another language's name shows #NAME? (office-js#891, #6614).
 */
export function registeredFunctionNames(displayLanguage: string): ReadonlySet<string> {
  const table = swedishNames as Record<string, { name: string }>;
  const swedish = displayLanguage.toLowerCase().startsWith("sv");
  return new Set(Object.entries(table).map(([id, { name }]) => `FINSAM.${swedish ? name : id}`));
}

/** Error values as a Swedish Excel writes them in a name's formula (Excel's localized error names). */
export const SWEDISH_ERRORS: Readonly<Record<string, string>> = { "#REF!": "#REFERENS!", "#NAME?": "#NAMN?" };

/** Whether `version` ("1.9") is at most `supported` ("1.17"), comparing the parts as numbers. */
export function versionAtMost(version: string, supported: string | undefined): boolean {
  if (supported === undefined) return false;
  const [a, b] = [version, supported].map((v) => v.split(".").map(Number));
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if ((a[k] ?? 0) !== (b[k] ?? 0)) return (a[k] ?? 0) < (b[k] ?? 0);
  }
  return true;
}

let currentProfile: ProfileName = "web-en";

/** The profile a FakeExcel made without one gets: the one `onEveryPlatform` is running. */
export function defaultProfile(): ProfileName {
  return currentProfile;
}

/** A jest suite run once per platform profile, every FakeExcel in it made for that platform unless it names one. */
export function onEveryPlatform(title: string, body: (profile: ProfileName) => void): void {
  describe.each(PROFILE_NAMES)(`${title} (%s)`, (profile) => {
    beforeEach(() => (currentProfile = profile));
    afterEach(() => (currentProfile = "web-en"));
    body(profile);
  });
}
