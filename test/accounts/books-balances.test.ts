import { money } from "../../src/model/money";
import { booksBalances } from "../../src/sie/account-balances";
import { sieMessage } from "../../src/sie/messages";
import { readSie } from "../../src/sie/read-sie";
import { SieExport, sieBytes, sieText } from "../../src/sie/write-sie";
import {
  ACCOUNT_NAMES,
  BooksOptions,
  CURRENT_CLOSING,
  CURRENT_OPENING,
  CURRENT_RESULTS,
  PREVIOUS_CLOSING,
  PREVIOUS_OPENING,
  PREVIOUS_RESULTS,
  annualBooks,
} from "../fixtures/annual-books";
import { plain } from "../fixtures/sv-numbers";

const read = (books: SieExport) => {
  const reading = readSie(sieBytes(books));
  expect(reading.problems).toEqual([]);
  return booksBalances(reading.ledger);
};
const english = (options: BooksOptions = {}) =>
  read(annualBooks(options)).warnings.map((issue) => sieMessage(issue, "en"));
const zero = money(0);

describe("balances from the books (docs/domain.md rule 10)", () => {
  it.each([
    ["the file's own #UB and #RES", {}],
    ["#IB and the verifications, where the file has no #UB or #RES", { withoutClosing: true }],
    ["a type 1 file's #IB, #UB and #RES (no verifications)", { sieType: "1" }],
    ["a type 2 file's balances (its #PSALDO add up to them)", { sieType: "2" }],
    ["a type 3 file's balances (its #PSALDO per object are passed over)", { sieType: "3" }],
    ["#IB and the period balances of a type 2 file without #UB or #RES", { sieType: "2", withoutClosing: true }],
  ] satisfies [string, BooksOptions][])("gives every account's figures of both years from %s", (_how, options) => {
    const { balances } = read(annualBooks(options));
    expect(balances.map((b) => b.account)).toEqual(Object.keys(ACCOUNT_NAMES));
    expect(english(options).join("\n")).not.toMatch(/differ|disagrees/);
    for (const { account, name, current, previous } of balances) {
      const result = account >= "3";
      expect(name).toBe(ACCOUNT_NAMES[account]);
      expect(current.opening.toFixed(2)).toBe((result ? zero : (CURRENT_OPENING[account] ?? zero)).toFixed(2));
      expect(current.closing.toFixed(2)).toBe(
        ((result ? CURRENT_RESULTS : CURRENT_CLOSING)[account] ?? zero).toFixed(2),
      );
      expect(previous.opening.toFixed(2)).toBe((result ? zero : (PREVIOUS_OPENING[account] ?? zero)).toFixed(2));
      expect(previous.closing.toFixed(2)).toBe(
        ((result ? PREVIOUS_RESULTS : PREVIOUS_CLOSING)[account] ?? zero).toFixed(2),
      );
    }
  });

  it("names each account where the verifications do not add up to the file's own balances, with both amounts", () => {
    const fileSays = { "1930": money("11852700.40"), "7010": money("4943000.20") };
    const { balances } = read(annualBooks({ fileSays }));
    expect(balances.find((b) => b.account === "1930")?.current.closing.toFixed(2)).toBe("11852700.40");
    expect(english({ fileSays })).toContain(
      "the file's own balances (#UB, #RES) differ from the sum of its verifications on 2 accounts (file / verifications); " +
        "the accounts follow the file's balances: 1930 11852700.40 / 11852600.40; 7010 4943000.20 / 4943800.20",
    );
  });

  it("names each account where a type 2 file's period balances do not add up to its own balances", () => {
    const fileSays = { "1930": money("11852700.40") };
    const books = annualBooks({ fileSays, sieType: "2" });
    expect(
      read(books)
        .balances.find((b) => b.account === "1930")
        ?.current.closing.toFixed(2),
    ).toBe("11852700.40");
    expect(english({ fileSays, sieType: "2" })).toContain(
      "the file's own balances (#UB, #RES) differ from the sum of its period balances (#PSALDO) on one account " +
        "(file / period balances (#PSALDO)); the accounts follow the file's balances: 1930 11852700.40 / 11852600.40",
    );
    expect(readSie(sieBytes(books)).warnings.map((w) => sieMessage(w, "en"))).toContain(
      "the file disagrees with itself: on one account the period balances (#PSALDO) do not add up to its own #RES or #UB − #IB: 1930",
    );
  });

  it("takes a type 1 file's own balances as they are: it has no movements to compare them with", () => {
    const fileSays = { "1930": money("11852700.40") };
    expect(
      read(annualBooks({ fileSays, sieType: "1" }))
        .balances.find((b) => b.account === "1930")
        ?.current.closing.toFixed(2),
    ).toBe("11852700.40");
    expect(english({ fileSays, sieType: "1" }).join("\n")).not.toMatch(/differ|disagrees/);
  });

  // Revenues 19 229 700,85 − costs 21 904 601,00 + interest 500,35 − 900,25 = −2 675 300,05.
  it("says the year's result is not booked when the balance accounts add up to minus the results", () => {
    expect(read(annualBooks()).resultBooked).toBe(false);
    expect(english().map(plain)).toContain(
      "the year's result (-2 675 300,05 kr) is not booked to equity in the file; the accounts add it to equity",
    );
  });

  it("says the year's result is booked when a closing entry has moved it to equity", () => {
    const books = annualBooks();
    const result = money("-2675300.05");
    const closing = {
      ...books,
      accounts: [...books.accounts, { account: "8999", name: "Årets resultat" }],
      balances: (books.balances ?? []).map((b) =>
        b.year === "0" && b.label === "#UB" && b.account === "2010" ? { ...b, amount: b.amount.minus(result) } : b,
      ),
      verifications: [
        ...books.verifications,
        {
          series: "B",
          number: "1",
          date: "2025-12-31",
          text: "Årets resultat",
          transactions: [
            { account: "8999", objects: [], amount: result },
            { account: "2010", objects: [], amount: result.neg() },
          ],
        },
      ],
    };
    const withResult = {
      ...closing,
      balances: [...closing.balances, { label: "#RES" as const, year: "0" as const, account: "8999", amount: result }],
    };
    const balances = read(withResult);
    expect(balances.resultBooked).toBe(true);
    expect(balances.warnings.map((w) => plain(sieMessage(w, "sv")))).toContain(
      "årets resultat (-2 675 300,05 kr) är bokfört mot eget kapital i filen",
    );
    expect(sieText(withResult)).toContain("#RES 0 8999 -2675300.05");
  });
});
