import { sizedPlan } from "../../src/bench/sized-plan";
import { WEB_REQUEST_LIMIT_BYTES } from "../../src/excel/write-batches";
import { WorkbookWriteError, WriteProgress, writeWorkbook } from "../../src/excel/workbook-writer";
import { planWorkbook } from "../../src/templates/workbook";
import { FakeExcel } from "./fake-excel";

/*
 * Excel on the web refuses a request over about 5 MB. The fake refuses one over
 * `requestLimitBytes` as the web does, measuring each request by the JSON of
 * what it carries; the writer must stay under it in as few requests as it can.
 */
const LARGEST = sizedPlan({ members: 290, interventions: 200, years: 10 });
const EXAMPLE = sizedPlan({ members: 9, interventions: 2, years: 3 });

async function writePlan(limit: number, plan = LARGEST, fake = new FakeExcel(["Blad1"])) {
  fake.requestLimitBytes = limit;
  const progress: WriteProgress[] = [];
  await fake.runner.run((context) =>
    writeWorkbook(
      context,
      (taken) => planWorkbook(plan, { language: "sv", taken }),
      (_, step) => step && progress.push(step),
      limit,
    ),
  );
  return { fake, progress, writes: fake.bytesPerSync.slice(1) };
}

const total = (bytes: number[]) => bytes.reduce((a, b) => a + b, 0);

describe("writing a large plan in requests under Excel on the web's limit", () => {
  it("writes a normal plan in one request: two syncs in all", async () => {
    const { fake, progress } = await writePlan(WEB_REQUEST_LIMIT_BYTES, EXAMPLE);
    expect(fake.syncCount).toBe(2);
    expect(progress).toEqual([{ batch: 1, batches: 1 }]);
  });

  it("writes 290 members × 200 interventions × 10 years with every request under 5 MB, in the fewest the size allows", async () => {
    const { writes, progress } = await writePlan(WEB_REQUEST_LIMIT_BYTES);
    writes.forEach((bytes) => expect(bytes).toBeLessThanOrEqual(WEB_REQUEST_LIMIT_BYTES));
    // No packing can use fewer requests than the bytes divided by the limit; greedy packing of ordered units stays within one of it.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total(writes) / WEB_REQUEST_LIMIT_BYTES) + 1);
    expect(progress.map((p) => p.batch)).toEqual(writes.map((_, k) => k + 1));
  });

  it.each([256 * 1024, 1024 * 1024])(
    "splits it under a limit of %d bytes and writes the same workbook",
    async (limit) => {
      const whole = await writePlan(Infinity);
      const split = await writePlan(limit);
      expect(split.writes.length).toBeGreaterThan(1);
      split.writes.forEach((bytes) => expect(bytes).toBeLessThanOrEqual(limit));
      // Each request but the last is filled to the writer's data share (80 %) less at most one run of rows (1/8 of it).
      const filled = limit * 0.8 * (1 - 1 / 8);
      expect(split.writes.length).toBeLessThanOrEqual(Math.ceil(total(split.writes) / filled) + 1);
      expect(split.fake.snapshot()).toEqual(whole.fake.snapshot());
    },
  );

  it("leaves the workbook as it was when any request of a split write fails", async () => {
    const limit = 1024 * 1024;
    const requests = (await writePlan(limit)).writes.length;
    for (let failing = 2; failing <= requests + 1; failing++) {
      const fake = new FakeExcel(["Blad1"]);
      const before = fake.snapshot();
      fake.failOnSync(failing, 3);
      await expect(writePlan(limit, LARGEST, fake)).rejects.toBeInstanceOf(WorkbookWriteError);
      expect({ failing, workbook: fake.snapshot() }).toEqual({ failing, workbook: before });
    }
  });
});
