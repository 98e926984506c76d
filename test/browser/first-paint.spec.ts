import { FIRST_PAINT_BUDGET_KB, measureFirstPaint } from "../../src/bench/first-paint";
import { expect, test } from "./fixtures";

test(`the first view takes typing after at most ${FIRST_PAINT_BUDGET_KB} KB gzip of JavaScript`, async ({
  pane: page,
}) => {
  const paint = await measureFirstPaint(page, process.env.PANE_URL ?? "");
  const files = paint.scripts.map((script) => `${script.file} ${script.gzipKb.toFixed(1)} KB`).join(", ");
  test.info().annotations.push({ type: "first paint", description: `${paint.gzipKb.toFixed(1)} KB gzip: ${files}` });

  // Both scripts of taskpane.html are counted, and whatever the first view loads after them.
  expect(paint.scripts.map((script) => script.file)).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  expect(paint.gzipKb, files).toBeLessThanOrEqual(FIRST_PAINT_BUDGET_KB);
});
