import type { AccountsInput } from "../templates/accounts-context";
import { ACCOUNTS_LABELS } from "../templates/accounts-labels";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { removeWritten } from "./remove-written";
import { hasFeature } from "./requirements";
import type { WrittenParts } from "./workbook-writer";

/** What the pane's Bokslut asks of the workbook: the annual accounts' sheets written, found and removed. */
export interface AccountsWorkbookAdapter {
  /** The annual accounts' sheets the workbook has already, by their names in Swedish or English: one sync. */
  accountsInWorkbook(): Promise<string[]>;
  /**
   * Writes the annual accounts' sheets beside what the workbook has (a sheet name that is taken gets a number):
   * two syncs, and nothing left behind if it fails (workbook-writer.ts).
   */
  writeAccounts(input: AccountsInput): Promise<WrittenParts>;
  /** Removes what a `writeAccounts` added, as far as it is still there: two syncs. Returns the sheets removed. */
  removeWritten(parts: WrittenParts): Promise<string[]>;
}

const ACCOUNTS_SHEETS = Object.values(ACCOUNTS_LABELS).flatMap((labels) =>
  Object.values(labels.sheets).map((name) => name.toLowerCase()),
);

export function officeAccountsWorkbook(runner: ExcelRunner = officeExcelRunner): AccountsWorkbookAdapter {
  return {
    accountsInWorkbook: () =>
      runner.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name).filter((name) => ACCOUNTS_SHEETS.includes(name.toLowerCase()));
      }),

    writeAccounts: async (input) => {
      // The templates and the writer come with the first write, not with the view.
      const [{ accountsWorkbook }, { writeWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "accounts-templates" */ "../templates/accounts-workbook"),
        import(/* webpackChunkName: "accounts-templates" */ "./workbook-writer"),
      ]);
      const printLayout = hasFeature(runner.office, "printLayout");
      return runner.run((context) =>
        writeWorkbook(context, (taken) => accountsWorkbook(input, taken), undefined, undefined, printLayout),
      );
    },

    removeWritten: (parts) => runner.run((context) => removeWritten(context, parts)),
  };
}
