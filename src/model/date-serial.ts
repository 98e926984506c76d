/*
 * Excel's date serials: days since 1899-12-30, so that 1900-03-01 is 61 as Excel counts it
 * (Excel's phantom 1900-02-29 lies before every date a plan holds). The sheets store dates as
 * serials and the model counts days with them.
 */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Excel's date serials run from 1900-01-01 (1) to 9999-12-31 (2 958 465). */
export const LAST_DATE_SERIAL = 2958465;

/** An ISO date (YYYY-MM-DD) as its serial. */
export function dayNumber(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - EPOCH) / DAY);
}

/** A serial as its ISO date; a time of day is dropped to the nearest day. */
export function isoDateOf(serial: number): string {
  return new Date(EPOCH + Math.round(serial) * DAY).toISOString().slice(0, 10);
}

/** A serial as the UTC date it stands for (a fraction as the time of day). */
export function dateOfSerial(serial: number): Date {
  return new Date(EPOCH + serial * DAY);
}

/** A date and time read from a file (UTC, as ExcelJS gives it) as its serial, the time as a fraction of a day. */
export function serialOf(date: Date): number {
  return (date.getTime() - EPOCH) / DAY;
}
