import { Money, ZERO, money } from "../model/money";
import { decodeSie } from "./encoding";
import { BalanceYear, FiscalYear, SieReading, Transaction, Verification, objectKey, verName } from "./ledger";
import { ReadRecords, checkLedger } from "./ledger-checks";
import { FieldName, SieIssue, SkipReason, sieIssue } from "./messages";
import { LineError, SieRecord, tokenize } from "./tokens";

/** Problems kept in full; a file with more is counted, not listed. */
export const MAX_PROBLEMS = 200;

/** Labels of SIE 4 that the outcome does not need, and why they are passed over. */
const PASSED_OVER: Readonly<Record<string, SkipReason>> = {
  "#GEN": "written",
  "#ORGNR": "identity",
  "#FNR": "identity",
  "#ADRESS": "identity",
  "#KPTYP": "chart",
  "#TAXAR": "taxYear",
  "#OMFATTN": "balanceDate",
  "#PROSA": "freeText",
  "#FTYP": "companyType",
  "#BKOD": "industry",
  "#KTYP": "accountType",
  "#ENHET": "unit",
  "#SRU": "taxCodes",
  "#OIB": "objectBalances",
  "#OUB": "objectBalances",
  "#PBUDGET": "periodBudgets",
  "#KSUMMA": "checksum",
};

/** What a file has said so far, and the verification being read (its #VER seen, its { } open or not yet). */
interface ReaderState extends ReadRecords {
  company: string;
  program: string;
  format?: string;
  sieType?: string;
  currency: string;
  readonly years: Map<string, FiscalYear>;
  readonly accounts: Map<string, string>;
  readonly dimensions: Map<string, string>;
  readonly objects: Map<string, string>;
  /** The opening and closing balances and results of the fiscal year and the year before. */
  readonly balances: Record<BalanceYear, { readonly [K in BalanceLabel]: Map<string, Money> }>;
  readonly verifications: Verification[];
  /** The fiscal year's whole-account #PSALDO added up per account, and the lines that said so. */
  readonly periodMovements: Map<string, Money>;
  readonly periodLines: number[];
  /** Whether a record has been read (the first must be #FLAGGA). */
  started: boolean;
  /** The verification state: a #VER read and its { awaited, or its { } open with the transactions so far. */
  awaitingBrace?: Verification;
  open?: { verification: Verification; transactions: Transaction[]; sum: Money };
  problem(issue: SieIssue): void;
  skip(label: string, line: number, reason: SkipReason): void;
}

type Handler = (state: ReaderState, record: SieRecord, line: number) => void;

type BalanceLabel = "#IB" | "#UB" | "#RES";

const isBalanceYear = (year: string): year is BalanceYear => year === "0" || year === "-1";

/** A balance of the fiscal year or the one before (the annual accounts show both); earlier years' are passed over. */
const balance =
  (label: BalanceLabel): Handler =>
  (state, record, line) => {
    const year = textField(record, 0, "yearNumber");
    if (!isBalanceYear(year)) return state.skip(label, line, "earlierBalances");
    state.balances[year][label].set(textField(record, 1, "account"), amountField(record, 2));
  };

/**
 * A period's balance: on the whole account (an empty object list) and of the fiscal year, the
 * period's net movement, as BL Administration, Mamut, Edison and Avendo write it (their #PSALDO
 * add up to their own #RES and #UB − #IB); per object or of other years, passed over.
 */
const periodBalance: Handler = (state, record, line) => {
  const objects = record.fields[3];
  if (typeof objects === "string" || objects === undefined) {
    throw new LineError(sieIssue("field-missing", 0, { label: record.label, what: "object" }));
  }
  if (objects.length > 0) return state.skip(record.label, line, "objectBalances");
  if (textField(record, 0, "yearNumber") !== "0") return state.skip(record.label, line, "otherYearPeriods");
  const account = textField(record, 2, "account");
  state.periodMovements.set(account, (state.periodMovements.get(account) ?? ZERO).plus(amountField(record, 4)));
  state.periodLines.push(line);
};

const noBalances = () => ({
  "#IB": new Map<string, Money>(),
  "#UB": new Map<string, Money>(),
  "#RES": new Map<string, Money>(),
});

const optionalText = (record: SieRecord, i: number, what: FieldName) =>
  record.fields.length > i ? textField(record, i, what) : "";

/** One handler per label outside a verification's { }. */
const HANDLERS: Readonly<Record<string, Handler>> = {
  "#FLAGGA": (state, record, line) => {
    if (!["0", "1"].includes(textField(record, 0, "flag"))) state.problem(sieIssue("flag-value", line));
  },
  "#FORMAT": (state, record) => void (state.format = textField(record, 0, "charset").toUpperCase()),
  "#SIETYP": (state, record) => void (state.sieType = textField(record, 0, "type")),
  "#PROGRAM": (state, record) =>
    void (state.program = record.fields.filter((f): f is string => typeof f === "string").join(" ")),
  "#FNAMN": (state, record) => void (state.company = textField(record, 0, "name")),
  "#VALUTA": (state, record) => void (state.currency = textField(record, 0, "currency").toUpperCase()),
  // A #RAR without its dates (as BL Administration writes in 4I files) names no year, which 4I files may leave out.
  "#RAR": (state, record) => {
    if (record.fields.length === 1) return;
    state.years.set(textField(record, 0, "yearNumber"), {
      start: dateField(record, 1, "start"),
      end: dateField(record, 2, "end"),
    });
  },
  "#KONTO": (state, record, line) => {
    const account = accountField(record);
    if (state.accounts.has(account)) state.problem(sieIssue("account-twice", line, { account }));
    state.accounts.set(account, optionalText(record, 1, "name"));
  },
  "#DIM": (state, record) =>
    void state.dimensions.set(textField(record, 0, "dimension"), optionalText(record, 1, "name")),
  // A sub-dimension (#UNDERDIM number name parent) declares a dimension like #DIM (SIE 4B).
  "#UNDERDIM": (state, record) =>
    void state.dimensions.set(textField(record, 0, "dimension"), optionalText(record, 1, "name")),
  "#OBJEKT": (state, record) =>
    void state.objects.set(
      objectKey(textField(record, 0, "dimension"), textField(record, 1, "object")),
      optionalText(record, 2, "name"),
    ),
  "#IB": balance("#IB"),
  "#UB": balance("#UB"),
  "#RES": balance("#RES"),
  "#PSALDO": periodBalance,
  "#VER": (state, record, line) => {
    state.awaitingBrace = {
      series: textField(record, 0, "series"),
      number: textField(record, 1, "number"),
      date: dateField(record, 2, "date"),
      text: optionalText(record, 3, "text"),
      line,
      transactions: [],
    };
  },
  "#TRANS": (state, _record, line) => state.problem(sieIssue("trans-outside-ver", line)),
};

/** Inside a verification's { }: its transactions, and the corrections SIE 4B marks (11.2). */
function readInVerification(state: ReaderState, record: SieRecord, line: number): void {
  const open = state.open as NonNullable<ReaderState["open"]>;
  if (record.label === "#TRANS") {
    const transaction = readTransaction(record, line, open.verification.date);
    open.transactions.push(transaction);
    open.sum = open.sum.plus(transaction.amount);
  } else if (record.label === "#RTRANS") state.skip(record.label, line, "added");
  else if (record.label === "#BTRANS") state.skip(record.label, line, "removed");
  else state.problem(sieIssue("label-in-ver", line, { label: record.label }));
}

/** A { or } line: opens the block of the #VER before it, or closes and checks the open one. */
function readBrace(state: ReaderState, brace: "{" | "}", line: number): void {
  if (brace === "{") {
    if (!state.awaitingBrace) state.problem(sieIssue("brace-without-ver", line));
    else state.open = { verification: state.awaitingBrace, transactions: [], sum: ZERO };
    state.awaitingBrace = undefined;
    return;
  }
  const { open } = state;
  if (!open) return state.problem(sieIssue("close-without-open", line));
  if (!open.sum.isZero()) {
    const at = open.verification.line;
    state.problem(sieIssue("unbalanced", at, { ver: verName(open.verification), sum: open.sum.toFixed(2) }));
  }
  state.verifications.push({ ...open.verification, transactions: open.transactions });
  state.open = undefined;
}

/**
 * Reads an SIE file of types 1–4 (SIE 4B specification; types 1–3 carry balances, 4E and 4I
 * verifications) from its bytes:
 * in PC8, the format's character set, or in UTF-8 or Windows-1252 where the
 * bytes say so (with a warning). Strict about what the format forbids (every
 * breach of its syntax, an unbalanced verification, a date outside the fiscal
 * year is a problem with its line); lenient where it allows (undeclared
 * accounts and objects, a 4I file without #RAR or #KONTO are warnings); what
 * the outcome does not need is counted in `skipped`, with why.
 */
export function readSie(bytes: Uint8Array): SieReading {
  const decoded = decodeSie(bytes);
  const problems: SieIssue[] = [...decoded.problems];
  let problemCount = problems.length;
  const skipped = new Map<string, { count: number; firstLine: number; reason: SkipReason }>();
  const state: ReaderState = {
    company: "",
    program: "",
    currency: "SEK",
    years: new Map(),
    accounts: new Map(),
    dimensions: new Map(),
    objects: new Map(),
    balances: { "0": noBalances(), "-1": noBalances() },
    verifications: [],
    periodMovements: new Map(),
    periodLines: [],
    started: false,
    problem: (issue) => {
      problemCount++;
      if (problems.length < MAX_PROBLEMS) problems.push(issue);
    },
    skip: (label, line, reason) => {
      const entry = skipped.get(label);
      if (entry) entry.count++;
      else skipped.set(label, { count: 1, firstLine: line, reason });
    },
  };

  decoded.text.split(/\r?\n/).forEach((text, index) => readLine(state, text, index + 1));
  leaveVerification(state);
  if (state.open) {
    const at = state.open.verification.line;
    state.problem(sieIssue("ver-not-closed", at, { ver: verName(state.open.verification) }));
  }

  // A type 4 file's movements come from its verifications: its period balances are not read.
  if (state.sieType === "4") state.periodLines.forEach((line) => state.skip("#PSALDO", line, "periodBalances"));
  const checked = checkLedger(state);
  checked.problems.forEach(state.problem);
  if (problemCount > problems.length) {
    problems.push(sieIssue("more-problems", 0, { count: problemCount - problems.length }));
  }
  return {
    ledger: checked.ledger,
    encoding: decoded.encoding,
    problems,
    warnings: [...decoded.warnings, ...checked.warnings],
    skipped: [...skipped].map(([label, entry]) => ({ label, ...entry })),
  };
}

/** One line: a brace, or a record for the open verification or for its label's handler. */
function readLine(state: ReaderState, text: string, line: number): void {
  const trimmed = text.trim();
  if (trimmed === "") return;
  if (hasControlCharacter(text)) return state.problem(sieIssue("control-character", line));
  if (trimmed !== "{") leaveVerification(state);
  if (trimmed === "{" || trimmed === "}") return readBrace(state, trimmed, line);
  try {
    const record = tokenize(text);
    const { label } = record;
    if (!label.startsWith("#")) return state.problem(sieIssue("not-a-record", line, { text: text.slice(0, 40) }));
    if (!state.started && label !== "#FLAGGA") state.problem(sieIssue("flag-first", line, { label }));
    state.started = true;
    if (state.open) return readInVerification(state, record, line);
    const handler = HANDLERS[label];
    if (handler) handler(state, record, line);
    else state.skip(label, line, PASSED_OVER[label] ?? "unknown");
  } catch (error) {
    if (!(error instanceof LineError)) throw error;
    state.problem({ ...error.issue, line });
  }
}

/** A #VER whose { does not follow it has no transactions: a problem at the #VER. */
function leaveVerification(state: ReaderState): void {
  const head = state.awaitingBrace;
  if (!head) return;
  state.problem(sieIssue("ver-without-block", head.line, { ver: verName(head) }));
  state.awaitingBrace = undefined;
}

function readTransaction(record: SieRecord, line: number, verificationDate: string): Transaction {
  const account = accountField(record);
  const objects = record.fields[1];
  if (typeof objects === "string" || objects === undefined) throw new LineError(sieIssue("trans-no-list", 0));
  const amount = amountField(record, 2);
  const date = record.fields.length > 3 && record.fields[3] !== "" ? dateField(record, 3, "date") : verificationDate;
  return { account, objects, amount, date, line };
}

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;

function amountField(record: SieRecord, i: number): Money {
  const text = textField(record, i, "amount");
  if (!AMOUNT.test(text)) throw new LineError(sieIssue("not-an-amount", 0, { text }));
  return money(text);
}

/** An account number: never empty, although quotes could make it so. */
function accountField(record: SieRecord): string {
  const account = textField(record, 0, "account");
  if (account === "") throw new LineError(sieIssue("field-missing", 0, { label: record.label, what: "account" }));
  return account;
}

function textField({ label, fields }: SieRecord, i: number, what: FieldName): string {
  const field = fields[i];
  if (typeof field !== "string") {
    throw new LineError(sieIssue(field === undefined ? "field-missing" : "field-is-list", 0, { label, what }));
  }
  return field;
}

function dateField(record: SieRecord, i: number, what: FieldName): string {
  const text = textField(record, i, what);
  const iso = isoDate(text);
  if (!iso) throw new LineError(sieIssue("not-a-date", 0, { label: record.label, what, text }));
  return iso;
}

/** Dates seen, as a file repeats the days of one year a hundred thousand times. */
const DATES = new Map<string, string | undefined>();

/** YYYYMMDD as YYYY-MM-DD, if it is a real day. */
function isoDate(text: string): string | undefined {
  if (DATES.has(text)) return DATES.get(text);
  const iso = checkedDate(text);
  if (DATES.size < 100_000) DATES.set(text, iso);
  return iso;
}

function checkedDate(text: string): string | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? iso : undefined;
}

/** Control characters other than tab have no place in an SIE line. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}
