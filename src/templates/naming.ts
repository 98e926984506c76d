/**
 * Free names for what a template adds, so that it never takes over a sheet or a
 * name the user already has: "Budget 2026" becomes "Budget 2026 (2)". Excel
 * compares sheet and defined names without regard to case.
 */
export interface TakenNames {
  readonly sheets: readonly string[];
  readonly definedNames: readonly string[];
}

export const NO_NAMES_TAKEN: TakenNames = { sheets: [], definedNames: [] };

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_LENGTH = 31;

export function freeSheetName(preferred: string, taken: readonly string[]): string {
  return freeName(preferred, taken, (base, n) => {
    const suffix = ` (${n})`;
    return base.slice(0, SHEET_NAME_LENGTH - suffix.length) + suffix;
  });
}

/** Free names for a template's sheets, each also kept from those picked before it. */
export function freeSheetNames<K extends string>(
  preferred: Readonly<Record<K, string>>,
  taken: readonly string[],
): Record<K, string> {
  const used = [...taken];
  return Object.fromEntries(
    Object.entries<string>(preferred).map(([key, name]) => {
      const free = freeSheetName(name, used);
      used.push(free);
      return [key, free];
    }),
  ) as Record<K, string>;
}

export function freeDefinedName(preferred: string, taken: readonly string[]): string {
  return freeName(preferred, taken, (base, n) => `${base}_${n}`);
}

function freeName(preferred: string, taken: readonly string[], variant: (base: string, n: number) => string): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let candidate = preferred;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    candidate = variant(preferred, n);
  }
  return candidate;
}
