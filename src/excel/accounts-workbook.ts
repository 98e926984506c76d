import type { AccountsInput } from "../templates/accounts-context";
import type { TakenNames } from "../templates/naming";
import { ACCOUNTS_LABELS } from "../templates/accounts-labels";
import { type ExcelRunner, officeExcelRunner } from "./excel-runner";
import { removeWritten } from "./remove-written";
import { hasFeature } from "./requirements";
import type { WrittenParts } from "./workbook-writer";

/** What the pane's Bokslut asks of the workbook: the annual accounts' sheets written and removed. */
export interface AccountsWorkbookAdapter {
  /**
   * Writes the annual accounts' sheets: two syncs, and nothing left behind if it fails (workbook-writer.ts).
   * Where the workbook has sheets of annual accounts already (by their names in Swedish or English), it writes
   * nothing and names them, unless `beside`: then the new sheets go beside them (a taken name gets a number).
   */
  writeAccounts(input: AccountsInput, beside?: boolean): Promise<WrittenParts | { existing: string[] }>;
  /** Removes what a `writeAccounts` added, as far as it is still there: two syncs. Returns the sheets removed. */
  removeWritten(parts: WrittenParts): Promise<string[]>;
}

const ACCOUNTS_SHEETS = Object.values(ACCOUNTS_LABELS).flatMap((labels) =>
  Object.values(labels.sheets).map((name) => name.toLowerCase()),
);

/** The workbook has annual accounts already: thrown before anything is queued, so nothing is written. */
class AccountsExist extends Error {
  constructor(readonly existing: string[]) {
    super(`The workbook has annual accounts: ${existing.join(", ")}`);
  }
}

export function officeAccountsWorkbook(runner: ExcelRunner = officeExcelRunner): AccountsWorkbookAdapter {
  return {
    writeAccounts: async (input, beside = false) => {
      // The templates and the writer come with the first write, not with the view.
      const [{ accountsWorkbook }, { writeWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "accounts-templates" */ "../templates/accounts-workbook"),
        import(/* webpackChunkName: "accounts-templates" */ "./workbook-writer"),
      ]);
      const printLayout = hasFeature(runner.office, "printLayout");
      // The writer's first sync reads the sheets there are: the question costs no sync of its own.
      const build = (taken: TakenNames) => {
        const existing = taken.sheets.filter((name) => ACCOUNTS_SHEETS.includes(name.toLowerCase()));
        if (existing.length > 0 && !beside) throw new AccountsExist(existing);
        return accountsWorkbook(input, taken);
      };
      try {
        return await runner.run((context) => writeWorkbook(context, build, undefined, undefined, printLayout));
      } catch (error) {
        if (error instanceof AccountsExist) return { existing: error.existing };
        throw error;
      }
    },

    removeWritten: (parts) => runner.run((context) => removeWritten(context, parts)),
  };
}
