import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officeAccountsWorkbook } from "../../src/excel/accounts-workbook";
import { WorkbookWriteError, type WrittenParts } from "../../src/excel/workbook-writer";
import { readSie } from "../../src/sie/read-sie";
import type { AccountsInput } from "../../src/templates/accounts-context";
import { accountsWorkbook } from "../../src/templates/accounts-workbook";
import { booksForAccounts } from "../../src/sie/books-for-accounts";
import { FakeExcel } from "./fake-excel";
import { onEveryPlatform } from "./fake-profiles";

/* The pane's Bokslut writes the annual accounts of the example books (examples/bokforing-2021.se) into the open workbook. */

const books = booksForAccounts(readSie(readFileSync(join(__dirname, "..", "..", "examples", "bokforing-2021.se"))));
if (!books.ok) throw new Error("the example books cannot be read");
const input: AccountsInput = { ...books.accounts, unit: "tkr", language: "sv" };
const sheetNames = accountsWorkbook(input).sheets.map((sheet) => sheet.name);

onEveryPlatform("the Bokslut adapter", () => {
  it("writes every sheet of the annual accounts in two syncs, each cell as the template has it", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const written = await officeAccountsWorkbook(excel.runner).writeAccounts(input);
    expect(excel.syncCount).toBe(2);
    expect(written).toEqual({ sheets: sheetNames, names: [] });
    const spec = accountsWorkbook(input);
    for (const sheet of spec.sheets) {
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || (cell.formula === undefined && cell.value === undefined)) return;
          const address = `${String.fromCharCode(65 + c)}${r + 1}`;
          const stored = excel.sheet(sheet.name).cells.get(address);
          expect([sheet.name, address, cell.formula ?? cell.value]).toEqual([
            sheet.name,
            address,
            cell.formula ?? stored?.value,
          ]);
          if (cell.formula !== undefined) expect(stored?.formula).toBe(cell.formula);
        }),
      );
    }
  });

  it("writes nothing where the workbook has annual accounts (by their names in either language), and names them", async () => {
    const excel = new FakeExcel(["Blad1", "Resultaträkning", "Balance sheet"]);
    const before = excel.snapshot();
    expect(await officeAccountsWorkbook(excel.runner).writeAccounts(input)).toEqual({
      existing: ["Resultaträkning", "Balance sheet"],
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.snapshot()).toEqual(before);
  });

  it("never takes a sheet the workbook has: a second write goes beside it, and removing it leaves the first", async () => {
    const excel = new FakeExcel(["Blad1"]);
    const adapter = officeAccountsWorkbook(excel.runner);
    await adapter.writeAccounts(input);
    const first = excel.snapshot();
    const second = (await adapter.writeAccounts(input, true)) as WrittenParts;
    expect(second.sheets).toEqual(sheetNames.map((name) => `${name} (2)`));
    const before = excel.syncCount;

    expect(await adapter.removeWritten(second)).toEqual(second.sheets);

    expect(excel.syncCount - before).toBe(2);
    expect(excel.snapshot()).toEqual({ ...(first as object), active: (excel.snapshot() as { active: string }).active });
  });

  it("leaves the workbook as it was when the write fails at any point of its request", async () => {
    const probe = new FakeExcel(["Blad1"]);
    await officeAccountsWorkbook(probe.runner).writeAccounts(input);
    const operations = probe.operationsPerSync[1];
    // Every tenth point, and the last ones: the writer's own test tries every point of a batch.
    const points = [...Array(operations + 1).keys()].filter((n) => n % 10 === 0 || n >= operations - 2);
    for (const applied of points) {
      const excel = new FakeExcel(["Blad1"]);
      const before = excel.snapshot();
      excel.failOnSync(2, applied);
      await expect(officeAccountsWorkbook(excel.runner).writeAccounts(input)).rejects.toBeInstanceOf(
        WorkbookWriteError,
      );
      expect({ applied, workbook: excel.snapshot() }).toEqual({ applied, workbook: before });
    }
  });
});
