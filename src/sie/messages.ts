import { kronorOre } from "../model/display";
import type { Language } from "../model/language";
import { money } from "../model/money";

/*
 * What the SIE reader says, in Swedish and English: every problem (the file
 * cannot be used), every warning (it can, but look) and every reason a record
 * is passed over has a code here and both texts, so that the CLI and the task
 * pane say the same thing in the user's language.
 */

/** One message in both languages, from the arguments its text needs. */
export type Say<A> = Readonly<Record<Language, (args: A) => string>>;
type NoArgs = Record<string, never>;

export const say = <A = NoArgs>(sv: (args: A) => string, en: (args: A) => string): Say<A> => ({ sv, en });

/** The fields of a record, named in messages about them. */
const FIELDS = {
  flag: { sv: "flagga", en: "flag" },
  charset: { sv: "teckenuppsättning", en: "character set" },
  type: { sv: "typ", en: "type" },
  name: { sv: "namn", en: "name" },
  currency: { sv: "valuta", en: "currency" },
  yearNumber: { sv: "årsnummer", en: "year number" },
  start: { sv: "startdatum", en: "start" },
  end: { sv: "slutdatum", en: "end" },
  account: { sv: "konto", en: "account" },
  dimension: { sv: "dimensionsnummer", en: "dimension number" },
  object: { sv: "objekt", en: "object" },
  series: { sv: "serie", en: "series" },
  number: { sv: "nummer", en: "number" },
  date: { sv: "datum", en: "date" },
  text: { sv: "text", en: "text" },
  amount: { sv: "belopp", en: "amount" },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldName = keyof typeof FIELDS;

type Field = { label: string; what: FieldName };
type Ver = { ver: string };
type InYear = { date: string; year: string };

/** Where a file's movements over the fiscal year come from: a type 4 file's verifications, a type 2 or 3 file's period balances. */
export type MovementSource = "verifications" | "periods";

/** What a file's movements over the year are added up from, as the messages name it. */
const SOURCES: Readonly<Record<MovementSource, Readonly<Record<Language, string>>>> = {
  verifications: { sv: "verifikationerna", en: "verifications" },
  periods: { sv: "periodsaldona (#PSALDO)", en: "period balances (#PSALDO)" },
};

/** Amounts as each language writes decimals: 0,01 and 0.01. */
const decimal = (language: Language, text: string) => (language === "sv" ? text.replace(".", ",") : text);
/** An amount of the books in kronor, the Swedish way in both languages as the pane shows figures: `−2 675 300,05 kr`. */
const inKronor = (text: string) => kronorOre(money(text));

const TEXTS = {
  // The file as a whole
  "replacement-characters": say<{ encoding: string }>(
    (a) =>
      `filen innehåller ersättningstecken (U+FFFD, i ${a.encoding}): tecken har gått förlorade när den sparades i en annan teckenkodning, så namn och texter går inte att lita på`,
    (a) =>
      `the file holds replacement characters (U+FFFD, in ${a.encoding}): characters were lost when it was saved in another encoding, so its names and texts cannot be trusted`,
  ),
  "no-format": say(
    () => "filen saknar #FORMAT PC8",
    () => "the file has no #FORMAT PC8",
  ),
  format: say<{ format: string }>(
    (a) => `#FORMAT är ${a.format}; SIE-filer är PC8`,
    (a) => `#FORMAT is ${a.format}; SIE files are PC8`,
  ),
  "no-type": say(
    () => "filen saknar #SIETYP",
    () => "the file has no #SIETYP",
  ),
  type: say<{ type: string }>(
    (a) => `#SIETYP ${a.type}: SIE har typerna 1–4`,
    (a) => `#SIETYP ${a.type}: SIE has types 1–4`,
  ),
  "ver-in-balance-file": say<{ type: string }>(
    (a) => `#VER i en fil av typ ${a.type}: bara SIE 4 (4E, 4I) innehåller verifikationer`,
    (a) => `#VER in a file of type ${a.type}: only SIE 4 (4E, 4I) carries verifications`,
  ),
  currency: say<{ currency: string }>(
    (a) => `beloppen är i ${a.currency}; planen är i kronor (SEK)`,
    (a) => `the amounts are in ${a.currency}; the plan is in kronor (SEK)`,
  ),
  "more-problems": say<{ count: number }>(
    (a) => `… och ${a.count} problem till`,
    (a) => `… and ${a.count} more problems`,
  ),
  // Lines
  "control-character": say(
    () => "ett styrtecken inne i raden",
    () => "a control character inside the line",
  ),
  "not-a-record": say<{ text: string }>(
    (a) => `en rad som inte är en post (poster börjar med #): "${a.text}"`,
    (a) => `a line that is not a record (records start with #): "${a.text}"`,
  ),
  "flag-first": say<{ label: string }>(
    (a) => `filen ska börja med #FLAGGA, inte ${a.label}`,
    (a) => `the file must start with #FLAGGA, not ${a.label}`,
  ),
  "flag-value": say(
    () => "#FLAGGA ska vara 0 eller 1",
    () => "#FLAGGA must be 0 or 1",
  ),
  "account-twice": say<{ account: string }>(
    (a) => `kontot ${a.account} deklareras två gånger`,
    (a) => `account ${a.account} is declared twice`,
  ),
  // Fields
  "quote-not-closed": say(
    () => "ett fält inom citattecken avslutas inte",
    () => "a quoted field is not closed",
  ),
  "text-after-quote": say(
    () => "text följer ett avslutande citattecken utan mellanslag",
    () => "text follows a closing quote without a space",
  ),
  "character-in-field": say<{ character: string }>(
    (a) => `"${a.character}" i ett fält utan citattecken`,
    (a) => `"${a.character}" inside an unquoted field`,
  ),
  "list-not-closed": say(
    () => "en objektlista avslutas inte med }",
    () => "an object list is not closed with }",
  ),
  "list-without-object": say<{ dimension: string }>(
    (a) => `objektlistan nämner dimension ${a.dimension} utan något objekt`,
    (a) => `the object list names dimension ${a.dimension} without an object`,
  ),
  "field-missing": say<Field>(
    (a) => `${a.label} saknar ${FIELDS[a.what].sv}`,
    (a) => `${a.label} lacks its ${FIELDS[a.what].en}`,
  ),
  "field-is-list": say<Field>(
    (a) => `${a.label}: ${FIELDS[a.what].sv} är en objektlista`,
    (a) => `${a.label}'s ${FIELDS[a.what].en} is an object list`,
  ),
  "not-a-date": say<Field & { text: string }>(
    (a) => `${a.label}: ${FIELDS[a.what].sv} "${a.text}" är inget datum (ÅÅÅÅMMDD)`,
    (a) => `${a.label}'s ${FIELDS[a.what].en} "${a.text}" is not a date (YYYYMMDD)`,
  ),
  "trans-no-list": say(
    () => "#TRANS saknar sin objektlista ({} när den är tom)",
    () => "#TRANS lacks its object list ({} when it has none)",
  ),
  "not-an-amount": say<{ text: string }>(
    (a) => `beloppet "${a.text}" i #TRANS är inget belopp (siffror, en punkt och högst två decimaler)`,
    (a) => `#TRANS amount "${a.text}" is not an amount (digits, a point and at most two decimals)`,
  ),
  // Verifications
  "brace-without-ver": say(
    () => "en { utan #VER före",
    () => "a { without a #VER before it",
  ),
  "close-without-open": say(
    () => "en } utan { före",
    () => "a } without a { before it",
  ),
  "ver-without-block": say<Ver>(
    (a) => `#VER ${a.ver} saknar sitt block { ... } med transaktioner`,
    (a) => `#VER ${a.ver} has no { ... } block of transactions`,
  ),
  "ver-not-closed": say<Ver>(
    (a) => `#VER ${a.ver} avslutas inte med }`,
    (a) => `#VER ${a.ver} is not closed with }`,
  ),
  unbalanced: say<Ver & { sum: string }>(
    (a) => `#VER ${a.ver} balanserar inte: transaktionerna summerar till ${decimal("sv", a.sum)}, inte 0`,
    (a) => `#VER ${a.ver} does not balance: its transactions add up to ${a.sum}, not 0`,
  ),
  "label-in-ver": say<{ label: string }>(
    (a) => `${a.label} inne i en verifikations { ... } (där hör bara #TRANS, #RTRANS och #BTRANS hemma)`,
    (a) => `${a.label} inside a verification's { ... } (only #TRANS, #RTRANS, #BTRANS belong there)`,
  ),
  "trans-outside-ver": say(
    () => "#TRANS utanför en verifikations { ... }",
    () => "#TRANS outside a verification's { ... }",
  ),
  "ver-outside-year": say<Ver & InYear>(
    (a) => `#VER ${a.ver} är daterad ${a.date}, utanför räkenskapsåret ${a.year}`,
    (a) => `#VER ${a.ver} is dated ${a.date}, outside the fiscal year ${a.year}`,
  ),
  "trans-outside-year": say<InYear>(
    (a) => `#TRANS daterad ${a.date}, utanför räkenskapsåret ${a.year}`,
    (a) => `#TRANS dated ${a.date}, outside the fiscal year ${a.year}`,
  ),
  // Warnings: the file can be used
  "encoding-utf8": say(
    () => "filen är i UTF-8, inte i PC8 som SIE föreskriver; den läses som UTF-8",
    () => "the file is in UTF-8, not in PC8 as SIE prescribes; it is read as UTF-8",
  ),
  "encoding-windows-1252": say(
    () =>
      "filen är i Windows-1252 / ISO 8859-15 (Latin-9), inte i PC8 som SIE föreskriver; den läses så, eftersom å, ä och ö bara är bokstäver där",
    () =>
      "the file is in Windows-1252 / ISO 8859-15 (Latin-9), not in PC8 as SIE prescribes; it is read so, as å, ä and ö are letters only there",
  ),
  "no-fiscal-year": say(
    () =>
      "filen anger inget räkenskapsår (#RAR 0), som en 4I-fil får låta bli: vid import tas året från uppföljningsdatumet och planen",
    () =>
      "the file names no fiscal year (#RAR 0), which a 4I file may leave out: when importing, the year comes from the follow-up date and the plan",
  ),
  "undeclared-accounts": say<{ count: number; list: string }>(
    (a) =>
      `${a.count === 1 ? "ett konto saknar" : `${a.count} konton saknar`} #KONTO (inte deklarerat; numret används som namn): ${a.list}`,
    (a) =>
      `${a.count === 1 ? "one account has" : `${a.count} accounts have`} no #KONTO (not declared; the number serves as the name): ${a.list}`,
  ),
  "undeclared-objects": say<{ count: number; list: string }>(
    (a) =>
      `${a.count === 1 ? "ett objekt saknar" : `${a.count} objekt saknar`} #OBJEKT (inte deklarerat; koden används som namn): ${a.list}`,
    (a) =>
      `${a.count === 1 ? "one object has" : `${a.count} objects have`} no #OBJEKT (not declared; the code serves as the name): ${a.list}`,
  ),
  "undeclared-dimensions": say<{ list: string }>(
    (a) => `objekt i dimensioner som varken #DIM eller #UNDERDIM deklarerar: ${a.list}`,
    (a) => `objects in dimensions that neither #DIM nor #UNDERDIM declares: ${a.list}`,
  ),
  "balance-mismatch": say<{ count: number; list: string; source: MovementSource }>(
    (a) =>
      `filen stämmer inte med sig själv: för ${a.count === 1 ? "ett konto" : `${a.count} konton`} summerar ${SOURCES[a.source].sv} inte till filens egna #RES eller #UB − #IB: ${a.list}`,
    (a) =>
      `the file disagrees with itself: on ${a.count === 1 ? "one account" : `${a.count} accounts`} the ${SOURCES[a.source].en} do not add up to its own #RES or #UB − #IB: ${a.list}`,
  ),
  // The balances the annual accounts are built from
  "balances-differ": say<{ count: number; list: string; source: MovementSource }>(
    (a) =>
      `filens egna saldon (#UB, #RES) skiljer sig från summan av ${SOURCES[a.source].sv} för ${a.count === 1 ? "ett konto" : `${a.count} konton`} (filen / ${SOURCES[a.source].sv}); bokslutet följer filens saldon: ${a.list.replace(/(\d)\.(\d\d)\b/g, "$1,$2")}`,
    (a) =>
      `the file's own balances (#UB, #RES) differ from the sum of its ${SOURCES[a.source].en} on ${a.count === 1 ? "one account" : `${a.count} accounts`} (file / ${SOURCES[a.source].en}); the accounts follow the file's balances: ${a.list}`,
  ),
  "result-booked": say<{ result: string }>(
    (a) => `årets resultat (${inKronor(a.result)}) är bokfört mot eget kapital i filen`,
    (a) => `the year's result (${inKronor(a.result)}) is booked to equity in the file`,
  ),
  "result-not-booked": say<{ result: string }>(
    (a) =>
      `årets resultat (${inKronor(a.result)}) är inte bokfört mot eget kapital i filen; bokslutet lägger det till eget kapital`,
    (a) =>
      `the year's result (${inKronor(a.result)}) is not booked to equity in the file; the accounts add it to equity`,
  ),
  "books-unbalanced": say<{ sum: string }>(
    (a) =>
      `filens utgående saldon och resultat summerar till ${inKronor(a.sum)}, inte 0: balansräkningen går inte ihop`,
    (a) =>
      `the file's closing balances and results add up to ${inKronor(a.sum)}, not 0: the balance sheet will not balance`,
  ),
  "no-previous-year": say(
    () =>
      "filen har inga saldon för föregående år (#UB −1, #RES −1): föregående års kolumner visar bara det som följer av årets ingående saldon",
    () =>
      "the file has no balances for the previous year (#UB −1, #RES −1): its columns show only what follows from this year's opening balances",
  ),
  "no-previous-opening": say(
    () =>
      "filen saknar föregående års ingående saldon (#IB −1): de sätts lika med dess utgående, så föregående års kassaflöde blir 0",
    () =>
      "the file has no opening balances for the previous year (#IB −1): they are taken as its closing ones, so the previous year's cash flow is 0",
  ),
} as const;

export type SieCode = keyof typeof TEXTS;
export type SieArgs<C extends SieCode> = Parameters<(typeof TEXTS)[C]["en"]>[0];

/** A problem or warning of the reader: its code, the arguments its text needs and its line (0: the file as a whole). */
export type SieIssue = {
  [C in SieCode]: { readonly code: C; readonly line: number; readonly args: SieArgs<C> };
}[SieCode];

export function sieIssue<C extends SieCode>(
  code: C,
  line: number,
  ...args: SieArgs<C> extends NoArgs ? [] : [SieArgs<C>]
): SieIssue {
  return { code, line, args: args[0] ?? {} } as SieIssue;
}

/** The issue's text without its line. */
export function sieMessage(issue: SieIssue, language: Language): string {
  return (TEXTS[issue.code][language] as (args: SieArgs<typeof issue.code>) => string)(issue.args);
}

/** "rad 12: …" / "line 12: …", or the bare text for the file as a whole. */
export function atLine(line: number, text: string, language: Language): string {
  return line > 0 ? `${language === "sv" ? "rad" : "line"} ${line}: ${text}` : text;
}

export const sieText = (issue: SieIssue, language: Language): string =>
  atLine(issue.line, sieMessage(issue, language), language);

/** Why records are passed over, by the labels of SIE 4 that the outcome does not need. */
const SKIP_REASONS = {
  identity: { sv: "företagets identitet", en: "the company's identity" },
  written: { sv: "vem som skrev filen och när", en: "who wrote the file and when" },
  chart: { sv: "kontoplanens typ", en: "the chart of accounts' type" },
  taxYear: { sv: "taxeringsåret", en: "the tax year" },
  balanceDate: { sv: "saldonas datum", en: "the balances' date" },
  freeText: { sv: "fritext", en: "free text" },
  companyType: { sv: "företagstypen", en: "the company's type" },
  industry: { sv: "branschkoden", en: "the industry code" },
  accountType: {
    sv: "kontots typ (kostnader känns igen på kontoklassen)",
    en: "the account's type (costs are found by account class)",
  },
  unit: { sv: "kontots enhet för kvantitet", en: "the account's unit of quantity" },
  taxCodes: { sv: "SRU-koder för deklarationen", en: "tax return codes" },
  earlierBalances: {
    sv: "saldon för år före det föregående: bokslutet visar räkenskapsåret och året före",
    en: "balances of years before the previous one: the accounts show the fiscal year and the year before",
  },
  objectBalances: {
    sv: "saldon per objekt: bokslutet läser kontonas saldon, utfallet verifikationerna",
    en: "balances per object: the accounts read each account's balance, the outcome the verifications",
  },
  periodBalances: {
    sv: "periodsaldon: i SIE 4 kommer årets rörelser från verifikationerna",
    en: "period balances: in SIE 4 the year's movements come from the verifications",
  },
  otherYearPeriods: {
    sv: "periodsaldon för andra år än räkenskapsåret: bokslutet läser föregående års #UB och #RES",
    en: "period balances of years other than the fiscal year: the accounts read the previous year's #UB and #RES",
  },
  periodBudgets: { sv: "periodbudgetar: planen har budgeten", en: "period budgets: the plan holds the budget" },
  checksum: { sv: "kontrollsumman (kontrolleras inte)", en: "the checksum (not checked)" },
  added: {
    sv: "en transaktion som lagts till i efterhand; #TRANS efter den bär beloppet",
    en: "a transaction added later; the #TRANS that follows it carries the amount",
  },
  removed: {
    sv: "en transaktion som strukits i efterhand; den hör inte till verifikationen",
    en: "a transaction removed later; it is not part of the verification",
  },
  unknown: {
    sv: "en post som SIE 4 inte definierar (läsare går förbi okända poster)",
    en: "a label SIE 4 does not define (readers pass over unknown labels)",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type SkipReason = keyof typeof SKIP_REASONS;

export const skipReasonText = (reason: SkipReason, language: Language): string => SKIP_REASONS[reason][language];
