import fc from "fast-check";
import { dayNumber, isoDateOf, LAST_DATE_SERIAL, serialOf } from "../../src/model/date-serial";

describe("Excel's date serials", () => {
  it("count days as Excel does", () => {
    // Excel's own figures: 1900-03-01 is 61 (after its phantom 29 February), 2025-01-01 is 45658.
    expect(dayNumber("1900-03-01")).toBe(61);
    expect(dayNumber("2025-01-01")).toBe(45658);
    expect(dayNumber("2025-04-30")).toBe(45777);
    expect(dayNumber("9999-12-31")).toBe(LAST_DATE_SERIAL);
  });

  it("read back as the date they were made from, always", () => {
    const day = fc.integer({ min: 61, max: LAST_DATE_SERIAL });
    fc.assert(fc.property(day, (serial) => dayNumber(isoDateOf(serial)) === serial));
  });

  it("round a time of day to the nearest day for the date, and keep it as a fraction for the serial", () => {
    const noon = new Date(Date.UTC(2025, 3, 30, 12));
    expect(serialOf(noon)).toBe(45777.5);
    expect(isoDateOf(45777.4)).toBe("2025-04-30");
  });
});
