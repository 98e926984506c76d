/*
 * Whether a number format shows a date. A date typed into Excel or LibreOffice is
 * stored as a serial number (44561) with a date format; only the format tells it
 * from an amount of 44 561 kr. Both readers use this: the .xlsx reader on the file's
 * format codes, Granska on `Range.numberFormat` (Excel gives it in its invariant,
 * en-US form: "yyyy-mm-dd", "m/d/yyyy", whatever the user's language).
 */

/**
 * Whether a format code shows a date: a y, m or d outside quoted text ("dagar"),
 * brackets ([Red], [$-41D]) and escaped or padding characters (\d, _m, *d).
 */
export function isDateFormatCode(code: string): boolean {
  return /[ymd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|[\\_*]./g, ""));
}
