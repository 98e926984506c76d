import { Money, ZERO, money } from "../model/money";
import { decodeCp437, otherEncoding } from "./cp437";
import { LineError, ObjectRef, SieRecord, tokenize } from "./tokens";

/** A booked transaction: debit positive, credit negative, as SIE writes amounts. */
export interface Transaction {
  readonly account: string;
  readonly objects: readonly ObjectRef[];
  readonly amount: Money;
  /** ISO date: the transaction's own date, or its verification's when it has none. */
  readonly date: string;
  readonly line: number;
}

export interface Verification {
  readonly series: string;
  readonly number: string;
  readonly date: string;
  readonly text: string;
  readonly line: number;
  readonly transactions: readonly Transaction[];
}

export interface FiscalYear {
  readonly start: string;
  readonly end: string;
}

export interface SieLedger {
  readonly company: string;
  readonly program: string;
  /** The current fiscal year (#RAR 0), which the verifications belong to. */
  readonly fiscalYear: FiscalYear | undefined;
  readonly accounts: ReadonlyMap<string, string>;
  readonly dimensions: ReadonlyMap<string, string>;
  /** Object names by `objectKey(dimension, object)`. */
  readonly objects: ReadonlyMap<string, string>;
  readonly verifications: readonly Verification[];
}

/** Something that makes the file unusable: nothing is imported while there is one. */
export interface SieProblem {
  /** 1-based line of the file; 0 for the file as a whole. */
  readonly line: number;
  readonly message: string;
}

/** Records read past on purpose, counted per label, with why. */
export interface SkippedRecords {
  readonly label: string;
  readonly count: number;
  readonly firstLine: number;
  readonly reason: string;
}

export interface SieReading {
  readonly ledger: SieLedger;
  readonly problems: readonly SieProblem[];
  readonly skipped: readonly SkippedRecords[];
}

export const objectKey = (dimension: string, object: string): string => `${dimension}\u0000${object}`;

/** Problems kept in full; a file with more is counted, not listed. */
export const MAX_PROBLEMS = 200;

/** Labels of SIE 4 that the outcome does not need, and why they are passed over. */
const IGNORED: Readonly<Record<string, string>> = {
  "#GEN": "who wrote the file and when",
  "#ORGNR": "the company's identity",
  "#FNR": "the company's identity",
  "#ADRESS": "the company's identity",
  "#KPTYP": "the chart of accounts' type",
  "#TAXAR": "the tax year",
  "#OMFATTN": "the balances' date",
  "#PROSA": "free text",
  "#FTYP": "the company's type",
  "#BKOD": "the industry code",
  "#KTYP": "the account's type (costs are found by account class)",
  "#ENHET": "the account's unit of quantity",
  "#SRU": "tax return codes",
  "#UNDERDIM": "sub-dimensions (objects are matched as written)",
  "#IB": "opening balances: the outcome comes from the verifications",
  "#UB": "closing balances: the outcome comes from the verifications",
  "#OIB": "opening balances per object: the outcome comes from the verifications",
  "#OUB": "closing balances per object: the outcome comes from the verifications",
  "#RES": "the year's result per account: the outcome comes from the verifications",
  "#PSALDO": "period balances: the outcome comes from the verifications",
  "#PBUDGET": "period budgets: the plan holds the budget",
  "#KSUMMA": "the checksum (not checked)",
  "#RTRANS": "a transaction added later; the #TRANS that follows it carries the amount",
  "#BTRANS": "a transaction removed later; it is not part of the verification",
};

/** SIE reserves dimensions 1–19 (1 kostnadsställe, 6 projekt, ...); files need not declare them. */
const RESERVED_DIMENSIONS = 19;

/**
 * Reads an SIE 4 file (types 4E and 4I, SIE 4B specification) from its bytes,
 * in the format's character set PC8. Strict: every breach of the format, every
 * unbalanced verification, unknown account or object and date outside the
 * fiscal year is a problem with its line; what the outcome does not need is
 * counted in `skipped`, with why.
 */
export function readSie(bytes: Uint8Array): SieReading {
  const problems: SieProblem[] = [];
  let problemCount = 0;
  const problem = (line: number, message: string) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
  };
  const skipped = new Map<string, { count: number; firstLine: number; reason: string }>();
  const skip = (label: string, line: number, reason: string) => {
    const entry = skipped.get(label);
    if (entry) entry.count++;
    else skipped.set(label, { count: 1, firstLine: line, reason });
  };

  const encoding = otherEncoding(bytes);
  if (encoding)
    problem(0, `the file is not in PC8 (code page 437), the character set SIE prescribes: it looks like ${encoding}`);
  const lines = decodeCp437(bytes).split(/\r?\n/);

  let company = "";
  let program = "";
  let format: string | undefined;
  let sieType: string | undefined;
  let currency = "SEK";
  const years = new Map<string, FiscalYear>();
  const accounts = new Map<string, string>();
  const dimensions = new Map<string, string>();
  const objects = new Map<string, string>();
  const verifications: Verification[] = [];
  let open: { verification: Verification; transactions: Transaction[]; sum: Money } | undefined;
  let awaitingBrace: Verification | undefined;
  let first = true;

  lines.forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === "") return;
    if (hasControlCharacter(text)) {
      problem(line, "a control character inside the line");
      return;
    }
    if (awaitingBrace && trimmed !== "{") {
      problem(awaitingBrace.line, `#VER ${verName(awaitingBrace)} has no { ... } block of transactions`);
      awaitingBrace = undefined;
    }
    if (trimmed === "{") {
      if (!awaitingBrace) problem(line, "a { without a #VER before it");
      else open = { verification: awaitingBrace, transactions: [], sum: ZERO };
      awaitingBrace = undefined;
      return;
    }
    if (trimmed === "}") {
      if (!open) problem(line, "a } without a { before it");
      else {
        if (!open.sum.isZero()) {
          problem(
            open.verification.line,
            `#VER ${verName(open.verification)} does not balance: its transactions add up to ${open.sum.toFixed(2)}, not 0`,
          );
        }
        verifications.push({ ...open.verification, transactions: open.transactions });
        open = undefined;
      }
      return;
    }
    let record: SieRecord;
    try {
      record = tokenize(text);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      problem(line, error.message);
      return;
    }
    const { label, fields } = record;
    if (!label.startsWith("#")) {
      problem(line, `a line that is not a record (records start with #): "${text.slice(0, 40)}"`);
      return;
    }
    if (first && label !== "#FLAGGA") problem(line, `the file must start with #FLAGGA, not ${label}`);
    first = false;
    try {
      if (open) {
        if (label === "#TRANS") {
          const transaction = readTransaction(record, line, open.verification.date);
          open.transactions.push(transaction);
          open.sum = open.sum.plus(transaction.amount);
        } else if (label === "#RTRANS" || label === "#BTRANS") {
          skip(label, line, IGNORED[label]);
        } else {
          problem(line, `${label} inside a verification's { ... } (only #TRANS, #RTRANS, #BTRANS belong there)`);
        }
        return;
      }
      switch (label) {
        case "#FLAGGA":
          if (!["0", "1"].includes(textField(record, 0, "flag"))) problem(line, "#FLAGGA must be 0 or 1");
          break;
        case "#FORMAT":
          format = textField(record, 0, "character set").toUpperCase();
          break;
        case "#SIETYP":
          sieType = textField(record, 0, "type");
          break;
        case "#PROGRAM":
          program = fields.filter((f): f is string => typeof f === "string").join(" ");
          break;
        case "#FNAMN":
          company = textField(record, 0, "name");
          break;
        case "#VALUTA":
          currency = textField(record, 0, "currency").toUpperCase();
          break;
        case "#RAR":
          years.set(textField(record, 0, "year number"), {
            start: dateField(record, 1, "start"),
            end: dateField(record, 2, "end"),
          });
          break;
        case "#KONTO":
          if (accounts.has(textField(record, 0, "account number")))
            problem(line, `account ${fields[0] as string} is declared twice`);
          accounts.set(textField(record, 0, "account number"), fields.length > 1 ? textField(record, 1, "name") : "");
          break;
        case "#DIM":
          dimensions.set(
            textField(record, 0, "dimension number"),
            fields.length > 1 ? textField(record, 1, "name") : "",
          );
          break;
        case "#OBJEKT":
          objects.set(
            objectKey(textField(record, 0, "dimension number"), textField(record, 1, "object")),
            fields.length > 2 ? textField(record, 2, "name") : "",
          );
          break;
        case "#VER":
          awaitingBrace = {
            series: textField(record, 0, "series"),
            number: textField(record, 1, "number"),
            date: dateField(record, 2, "date"),
            text: fields.length > 3 ? textField(record, 3, "text") : "",
            line,
            transactions: [],
          };
          break;
        case "#TRANS":
          problem(line, "#TRANS outside a verification's { ... }");
          break;
        default:
          skip(label, line, IGNORED[label] ?? "a label SIE 4 does not define (readers pass over unknown labels)");
      }
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      problem(line, error.message);
    }
  });
  if (awaitingBrace) problem(awaitingBrace.line, `#VER ${verName(awaitingBrace)} has no { ... } block of transactions`);
  if (open) problem(open.verification.line, `#VER ${verName(open.verification)} is not closed with }`);

  if (format !== "PC8") problem(0, format ? `#FORMAT is ${format}; SIE files are PC8` : "the file has no #FORMAT PC8");
  if (sieType !== "4") {
    problem(0, sieType ? `#SIETYP ${sieType}: only SIE 4 (4E, 4I) carries verifications` : "the file has no #SIETYP");
  }
  if (currency !== "SEK") problem(0, `the amounts are in ${currency}; the plan is in kronor (SEK)`);
  const fiscalYear = years.get("0");
  if (!fiscalYear && verifications.length > 0) problem(0, "the file does not say its fiscal year (#RAR 0)");

  for (const dimension of new Set([...objects.keys()].map((key) => key.split("\u0000")[0]))) {
    if (!dimensions.has(dimension) && !isReserved(dimension)) {
      problem(0, `#OBJEKT in dimension ${dimension}, which no #DIM declares`);
    }
  }
  for (const verification of verifications) {
    const within = (date: string) => !fiscalYear || (date >= fiscalYear.start && date <= fiscalYear.end);
    if (!within(verification.date)) {
      problem(
        verification.line,
        `#VER ${verName(verification)} is dated ${verification.date}, outside the fiscal year ${yearText(fiscalYear)}`,
      );
    }
    for (const transaction of verification.transactions) {
      if (!accounts.has(transaction.account)) {
        problem(transaction.line, `#TRANS on account ${transaction.account}, which no #KONTO declares`);
      }
      if (transaction.date !== verification.date && !within(transaction.date)) {
        problem(transaction.line, `#TRANS dated ${transaction.date}, outside the fiscal year ${yearText(fiscalYear)}`);
      }
      for (const { dimension, object } of transaction.objects) {
        if (!objects.has(objectKey(dimension, object))) {
          problem(
            transaction.line,
            `#TRANS names object "${object}" in dimension ${dimension}, which no #OBJEKT declares`,
          );
        }
      }
    }
  }
  if (problemCount > problems.length) {
    problems.push({ line: 0, message: `… and ${problemCount - problems.length} more problems` });
  }
  return {
    ledger: { company, program, fiscalYear, accounts, dimensions, objects, verifications },
    problems,
    skipped: [...skipped].map(([label, entry]) => ({ label, ...entry })),
  };
}

function readTransaction(record: SieRecord, line: number, verificationDate: string): Transaction {
  const account = textField(record, 0, "account");
  const objects = record.fields[1];
  if (typeof objects === "string" || objects === undefined) {
    throw new LineError("#TRANS lacks its object list ({} when it has none)");
  }
  const amountText = textField(record, 2, "amount");
  if (!AMOUNT.test(amountText)) {
    throw new LineError(`#TRANS amount "${amountText}" is not an amount (digits, a point and at most two decimals)`);
  }
  const dateText = record.fields.length > 3 ? textField(record, 3, "date") : "";
  const date = dateText === "" ? verificationDate : isoDate(dateText);
  if (!date) throw new LineError(`#TRANS date "${dateText}" is not a date (YYYYMMDD)`);
  return { account, objects, amount: money(amountText), date, line };
}

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;

function textField({ label, fields }: SieRecord, i: number, what: string): string {
  const field = fields[i];
  if (typeof field !== "string") {
    throw new LineError(field === undefined ? `${label} lacks its ${what}` : `${label}'s ${what} is an object list`);
  }
  return field;
}

function dateField(record: SieRecord, i: number, what: string): string {
  const text = textField(record, i, what);
  const iso = isoDate(text);
  if (!iso) throw new LineError(`${record.label}'s ${what} "${text}" is not a date (YYYYMMDD)`);
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

const verName = (v: Pick<Verification, "series" | "number" | "date">) =>
  `${[v.series, v.number].filter((part) => part !== "").join(" ") || "(no number)"} (${v.date})`;

const yearText = (year: FiscalYear | undefined) => (year ? `${year.start}–${year.end}` : "(none)");

const isReserved = (dimension: string) => /^\d+$/.test(dimension) && Number(dimension) <= RESERVED_DIMENSIONS;

/** Control characters other than tab have no place in an SIE line. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}
