import { AccountsContext, AccountsInput, AccountsSheet } from "./accounts-context";
import { cashFlowSheet } from "./accounts-cash-flow";
import { ACCOUNTS_LABELS } from "./accounts-labels";
import { balancesSheet, chartSheet } from "./accounts-ledger-sheets";
import { notesSheet } from "./accounts-notes";
import { keyFiguresSheet, operatingSheet } from "./accounts-reports";
import { balanceSheet, incomeSheet } from "./accounts-statements";
import { NO_NAMES_TAKEN, TakenNames, freeSheetNames } from "./naming";
import { WorkbookSpec } from "./spec";

/**
 * The annual accounts as a workbook (docs/domain.md rule 10): the statements
 * first, as they are printed, then Noter and Nyckeltal, Saldon (the books' balances,
 * exact) and Kontoplan (the mapping), every figure a live formula over Saldon.
 */
export function accountsWorkbook(input: AccountsInput, taken: TakenNames = NO_NAMES_TAKEN): WorkbookSpec {
  const preferred = ACCOUNTS_LABELS[input.language].sheets;
  const sheetNames = freeSheetNames<AccountsSheet>(preferred, taken.sheets);
  const context = new AccountsContext(input, sheetNames);
  const income = incomeSheet(context);
  const balance = balanceSheet(context, income.rows);
  return {
    sheets: [
      income.sheet,
      balance.sheet,
      cashFlowSheet(context, income.rows, balance.rows),
      operatingSheet(context, income.rows, balance.rows),
      notesSheet(context, income.rows),
      keyFiguresSheet(context, income.rows, balance.rows),
      balancesSheet(context),
      chartSheet(context),
    ],
    names: [],
  };
}
