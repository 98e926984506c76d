import fc from "fast-check";
import { money, sum } from "../../src/model/money";
import { decodeCp437, encodeCp437 } from "../../src/sie/cp437";
import { decodeSie } from "../../src/sie/encoding";
import { objectKey } from "../../src/sie/ledger";
import { SieIssue, sieMessage } from "../../src/sie/messages";
import { readSie } from "../../src/sie/read-sie";
import { LineError, tokenize } from "../../src/sie/tokens";
import { SieExport, quote, sieBytes } from "../../src/sie/write-sie";

/** An SIE 4E file as an accounting program writes it, in PC8, with CR LF. */
const pc8 = (lines: readonly string[]) => encodeCp437(lines.join("\r\n") + "\r\n");

const HEAD = [
  "#FLAGGA 0",
  '#PROGRAM "Bokföringsprogram" 2.1',
  "#FORMAT PC8",
  "#GEN 20250502",
  "#SIETYP 4",
  '#FNAMN "Samordningsförbundet Exempel"',
  "#RAR 0 20250101 20251231",
  "#RAR -1 20240101 20241231",
  '#KONTO 1930 "Företagskonto"',
  '#KONTO 4010 "Lön, \\"insats\\" personal"',
  '#KONTO 5410 "Förbrukningsinventarier"',
  '#KONTO 6550 "Konsultarvoden"',
  '#DIM 1 "Kostnadsställe"',
  '#DIM 6 "Projekt"',
  '#OBJEKT 1 "100" "Kansli"',
  '#OBJEKT 6 "P 1" "Sikta mot arbetslivet"',
  "#IB 0 1930 250000.00",
];

const verification = (date: string, ...transactions: string[]) => [
  `#VER A 1 ${date} "Lön april"`,
  "{",
  ...transactions,
  "}",
];

const read = (lines: readonly string[]) => readSie(pc8(lines));
const english = (issues: readonly SieIssue[]) => issues.map((issue) => sieMessage(issue, "en"));
const messages = (lines: readonly string[]) => english(read(lines).problems);

describe("PC8 (code page 437)", () => {
  it("maps all 256 bytes to characters and back", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...encodeCp437(decodeCp437(all))]).toEqual([...all]);
  });

  it("reads å ä ö Å Ä Ö from the bytes PC8 gives them", () => {
    expect(decodeCp437(Uint8Array.from([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99]))).toBe("åäöÅÄÖ");
  });

  it("refuses to write a character PC8 lacks", () => {
    expect(() => encodeCp437("€")).toThrow(/no place in PC8/);
  });
});

describe("encodings", () => {
  it.each([
    ["UTF-8", Buffer.from('#FNAMN "Förbund"', "utf8"), "UTF-8", "encoding-utf8"],
    ["UTF-8 with a byte order mark", Buffer.from('\ufeff#FNAMN "Förbund"', "utf8"), "UTF-8", "encoding-utf8"],
    ["Windows-1252", Buffer.from('#FNAMN "Förbund"', "latin1"), "Windows-1252", "encoding-windows-1252"],
  ])("reads %s, with a warning naming it", (_, bytes, encoding, code) => {
    const decoded = decodeSie(bytes);
    expect(decoded).toMatchObject({ text: '#FNAMN "Förbund"', encoding, problems: [] });
    expect(decoded.warnings.map((w) => w.code)).toEqual([code]);
  });

  it("takes PC8 text with Swedish letters as PC8, without a warning", () => {
    expect(decodeSie(encodeCp437('#FNAMN "Förbund i Sörmland"'))).toEqual({
      text: '#FNAMN "Förbund i Sörmland"',
      encoding: "PC8",
      warnings: [],
      problems: [],
    });
  });

  it("takes Windows-1252 bytes that are box drawings in PC8 but no Swedish letter there as PC8 when PC8 letters are present", () => {
    // ö in PC8 (94) and ä in Windows-1252 (E4, Σ in PC8): PC8 letters win.
    expect(decodeSie(Uint8Array.from([0x94, 0x20, 0xe4])).encoding).toBe("PC8");
  });

  it("refuses text whose letters were replaced by U+FFFD before it reached us", () => {
    const lost = Buffer.from('#FNAMN "\ufffdvningsbolaget"', "utf8");
    expect(decodeSie(lost).problems.map((p) => p.code)).toEqual(["replacement-characters"]);
    expect(english(readSie(lost).problems).join("\n")).toMatch(/replacement characters \(U\+FFFD, in UTF-8\)/);
  });

  it("drops the DOS end-of-file byte after the last line", () => {
    const bytes = Uint8Array.from([...encodeCp437("#FLAGGA 0\r\n"), 0x1a]);
    expect(decodeSie(bytes).text).toBe("#FLAGGA 0\r\n");
  });
});

describe("fields (SIE 4B, chapter 5)", () => {
  it("splits on spaces and tabs, and keeps quoted spaces", () => {
    expect(tokenize('#KONTO\t4010   "Lön  personal"').fields).toEqual(["4010", "Lön  personal"]);
  });

  it('reads \\" as a quote inside quotes and other backslashes as text, and "" as an empty field', () => {
    expect(tokenize('#X "a \\"b\\" c" "" "C:\\\\sie"').fields).toEqual(['a "b" c', "", "C:\\\\sie"]);
  });

  it("reads a backslash before the quote that ends the field as text (the format escapes only quotes)", () => {
    expect(tokenize('#FNR "C:\\FORTNOX\\"').fields).toEqual(["C:\\FORTNOX\\"]);
    expect(tokenize('#ADRESS "C:\\A\\" "x \\" y" z').fields).toEqual(["C:\\A\\", 'x " y', "z"]);
    expect(tokenize('#TRANS 4010 {1 "K\\"} 1.00').fields[1]).toEqual([{ dimension: "1", object: "K\\" }]);
  });

  it("reads object lists, empty or with quoted objects holding spaces and braces", () => {
    expect(tokenize('#TRANS 4010 {1 "100" 6 "P {1}"} 10.00').fields).toEqual([
      "4010",
      [
        { dimension: "1", object: "100" },
        { dimension: "6", object: "P {1}" },
      ],
      "10.00",
    ]);
    expect(tokenize("#TRANS 4010 {} 10.00").fields[1]).toEqual([]);
    expect(tokenize('#TRANS 4010 {1 "100"} 10.00').fields[1]).toEqual([{ dimension: "1", object: "100" }]);
  });

  it("reads back any texts the writer quotes, backslashes before their closing quotes included", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "\\", '"', "{", "}"), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(tokenize(`#X ${texts.map(quote).join(" ")}`).fields).toEqual(texts);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a hostile line of 50 000 fields, each a backslash before its closing quote, quickly: fields or a line error, never a crash", () => {
    const started = Date.now();
    try {
      tokenize(`#X ${'"\\" '.repeat(50_000)}`);
    } catch (error) {
      expect(error).toBeInstanceOf(LineError);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['#FNAMN "Förbund', /not closed/],
    ['#FNAMN "Förbund"x', /closing quote/],
    ['#TRANS 4010 {1 "100"', /not closed with }/],
    ["#TRANS 4010 {1} 10.00", /without an object/],
    ['#KONTO 40"10', /inside an unquoted field/],
  ])("refuses %s", (line, reason) => {
    expect(() => tokenize(line)).toThrow(reason);
  });
});

describe("readSie", () => {
  it("reads accounts, objects and balanced verifications with their object lists", () => {
    const { ledger, problems, skipped } = read([
      ...HEAD,
      ...verification(
        "20250425",
        '   #TRANS 4010 {1 "100" 6 "P 1"} 30000.00',
        '   #TRANS 5410 {} 1250.50 20250426 "Skrivare"',
        "   #TRANS 1930 {} -31250.50",
      ),
    ]);
    expect(problems).toEqual([]);
    expect(ledger.company).toBe("Samordningsförbundet Exempel");
    expect(ledger.fiscalYear).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(ledger.accounts.get("4010")).toBe('Lön, "insats" personal');
    expect(ledger.objects.get(objectKey("6", "P 1"))).toBe("Sikta mot arbetslivet");
    const [ver] = ledger.verifications;
    expect(ver).toMatchObject({ series: "A", number: "1", date: "2025-04-25", text: "Lön april" });
    expect(ver.transactions.map((t) => [t.account, t.amount.toFixed(2), t.date])).toEqual([
      ["4010", "30000.00", "2025-04-25"],
      ["5410", "1250.50", "2025-04-26"],
      ["1930", "-31250.50", "2025-04-25"],
    ]);
    expect(ver.transactions[0].objects).toEqual([
      { dimension: "1", object: "100" },
      { dimension: "6", object: "P 1" },
    ]);
    expect(skipped).toEqual([expect.objectContaining({ label: "#GEN", count: 1, reason: "written" })]);
  });

  it("counts a #TRANS after #RTRANS once and leaves out #BTRANS (corrections, SIE 4B 11.2)", () => {
    const { ledger, problems, skipped } = read([
      ...HEAD,
      ...verification(
        "20250425",
        "   #TRANS 4010 {} 100.00",
        "   #BTRANS 4010 {} 100.00",
        "   #BTRANS 1930 {} -100.00",
        "   #RTRANS 6550 {} 100.00",
        "   #TRANS 6550 {} 100.00",
        "   #TRANS 1930 {} -200.00",
      ),
    ]);
    expect(problems).toEqual([]);
    expect(ledger.verifications[0].transactions.map((t) => t.account)).toEqual(["4010", "6550", "1930"]);
    expect(skipped.map((s) => [s.label, s.count])).toEqual(
      expect.arrayContaining([
        ["#BTRANS", 2],
        ["#RTRANS", 1],
      ]),
    );
  });

  it("passes over labels SIE does not define, and says so", () => {
    const { problems, skipped } = read([...HEAD, "#NYTTFALT 1 2 3"]);
    expect(problems).toEqual([]);
    expect(skipped.find((s) => s.label === "#NYTTFALT")?.reason).toBe("unknown");
  });

  it("reports an unbalanced verification with its line and difference", () => {
    const { problems } = read([...HEAD, ...verification("20250425", "#TRANS 4010 {} 100.00", "#TRANS 1930 {} -99.99")]);
    expect(problems).toEqual([
      { code: "unbalanced", line: HEAD.length + 1, args: { ver: "A 1 (2025-04-25)", sum: "0.01" } },
    ]);
    expect(sieMessage(problems[0], "sv")).toBe(
      "#VER A 1 (2025-04-25) balanserar inte: transaktionerna summerar till 0,01, inte 0",
    );
  });

  it("accepts accounts and objects the file does not declare, named by their codes and listed as not declared", () => {
    const { ledger, problems, warnings } = read([
      ...HEAD,
      ...verification("20250425", '#TRANS 4999 {1 "999"} 100.00', "#TRANS 1930 {} -100.00"),
    ]);
    expect(problems).toEqual([]);
    expect(ledger.accounts.get("4999")).toBe("4999");
    expect(ledger.objects.get(objectKey("1", "999"))).toBe("999");
    expect(ledger.undeclared).toEqual({ accounts: ["4999"], objects: [{ dimension: "1", object: "999" }] });
    expect(english(warnings)).toEqual([
      "one account has no #KONTO (not declared; the number serves as the name): 4999",
      'one object has no #OBJEKT (not declared; the code serves as the name): 1 "999"',
    ]);
  });

  it("takes #UNDERDIM as a dimension's declaration", () => {
    const { ledger, problems, warnings } = read([...HEAD, '#UNDERDIM 21 "Delprojekt" 6', '#OBJEKT 21 "D1" "Del 1"']);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(ledger.dimensions.get("21")).toBe("Delprojekt");
  });

  it("warns about objects in a dimension that nothing declares, and reads them", () => {
    const { problems, warnings } = read([...HEAD, '#OBJEKT 20 "X" "y"']);
    expect(problems).toEqual([]);
    expect(english(warnings)).toEqual(["objects in dimensions that neither #DIM nor #UNDERDIM declares: 20"]);
  });

  it("reads a 4I file without #RAR and #KONTO, warning that the year must come from elsewhere", () => {
    const bare = HEAD.filter((l) => !/^#(RAR|KONTO|IB)/.test(l));
    const { ledger, problems, warnings } = read([
      ...bare.slice(0, 6),
      "#RAR 0",
      ...verification("20250425", "#TRANS 4010 {} 100.00", "#TRANS 1930 {} -100.00"),
    ]);
    expect(problems).toEqual([]);
    expect(ledger.fiscalYear).toBeUndefined();
    expect(warnings.map((w) => w.code)).toEqual(["no-fiscal-year", "undeclared-accounts"]);
  });

  it("warns when the verifications do not add up to the file's own #RES and #UB − #IB", () => {
    const lines = [
      ...HEAD,
      "#UB 0 1930 249900.00",
      "#RES 0 4010 100.00",
      "#RES 0 6550 5.00",
      "#RES -1 6550 7.00",
      ...verification("20250425", "#TRANS 4010 {} 100.00", "#TRANS 1930 {} -100.00"),
    ];
    expect(english(read(lines).warnings)).toEqual([
      "the file disagrees with itself: on one account the verifications do not add up to its own #RES or #UB − #IB: 6550",
    ]);
    expect(read(lines.filter((l) => l !== "#RES 0 6550 5.00")).warnings).toEqual([]);
  });

  it("reports verifications and transactions dated outside the fiscal year", () => {
    expect(messages([...HEAD, ...verification("20240105", "#TRANS 4010 {} 1.00", "#TRANS 1930 {} -1.00")])).toEqual([
      expect.stringMatching(/dated 2024-01-05, outside the fiscal year 2025-01-01–2025-12-31/),
    ]);
    expect(
      messages([...HEAD, ...verification("20250105", "#TRANS 4010 {} 1.00 20260101", "#TRANS 1930 {} -1.00")]),
    ).toEqual([expect.stringMatching(/#TRANS dated 2026-01-01, outside the fiscal year/)]);
  });

  it.each([
    [
      "letters lost to U+FFFD",
      Buffer.from([...HEAD, '#KONTO 6990 "\ufffdvrigt"'].join("\n"), "utf8"),
      /replacement characters/,
    ],
    ["a file without #FLAGGA first", pc8(HEAD.slice(1)), /must start with #FLAGGA/],
    ["SIE type 5, which does not exist", pc8(HEAD.map((l) => (l === "#SIETYP 4" ? "#SIETYP 5" : l))), /#SIETYP 5/],
    [
      "a verification in a file of type 3 (balances only)",
      pc8([
        ...HEAD.map((l) => (l === "#SIETYP 4" ? "#SIETYP 3" : l)),
        ...verification("20250425", "#TRANS 4010 {} 0.00"),
      ]),
      /#VER in a file of type 3/,
    ],
    ["another currency", pc8([...HEAD, "#VALUTA EUR"]), /in EUR/],
    ["no #FORMAT", pc8(HEAD.filter((l) => l !== "#FORMAT PC8")), /no #FORMAT PC8/],
    [
      "an amount with three decimals",
      pc8([...HEAD, ...verification("20250425", "#TRANS 4010 {} 1.005")]),
      /not an amount/,
    ],
    ["an amount with a comma", pc8([...HEAD, ...verification("20250425", "#TRANS 4010 {} 1,00")]), /not an amount/],
    ["a day that does not exist", pc8([...HEAD, '#VER A 1 20250230 "x"', "{", "}"]), /not a date/],
    ["#TRANS outside a verification", pc8([...HEAD, "#TRANS 4010 {} 1.00"]), /outside a verification/],
    ["#VER without its block", pc8([...HEAD, '#VER A 1 20250425 "x"', '#KONTO 6991 "y"']), /no \{ \.\.\. \} block/],
    ["#VER not closed", pc8([...HEAD, '#VER A 1 20250425 "x"', "{", "#TRANS 4010 {} 0.00"]), /not closed/],
    ["#TRANS without object list", pc8([...HEAD, ...verification("20250425", "#TRANS 4010 1.00")]), /object list/],
    ["a line that is not a record", pc8([...HEAD, "4010 1.00"]), /not a record/],
    ["an empty account number", pc8([...HEAD, ...verification("20250425", '#TRANS "" {} 0.00')]), /lacks its account/],
    ["a #RAR with a start and no end", pc8([...HEAD, "#RAR -2 20230101"]), /#RAR lacks its end/],
    ["a control character", pc8([...HEAD, '#KONTO 6991 "a\u0001b"']), /control character/],
  ])("refuses %s", (_, bytes, reason) => {
    expect(english(readSie(bytes).problems).join("\n")).toMatch(reason);
  });

  it("lists 200 problems and counts the rest", () => {
    const many = Array.from({ length: 250 }, () => "#TRANS 4010 {} 1.00");
    const { problems } = read([...HEAD, ...many]);
    expect(problems).toHaveLength(201);
    expect(sieMessage(problems[200], "en")).toBe("… and 50 more problems");
  });
});

/** Text PC8 can carry, quotes and backslashes included. */
const pc8Text = fc.string({ unit: fc.constantFrom(...'abcåäöÅÄÖé "\\{}#-1'.split("")), maxLength: 12 });
const amount = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((ore) => money(ore).div(100));

/** A ledger of balanced verifications on cost accounts and a bank account, some with objects. */
const ledgers = fc
  .record({
    objects: fc.uniqueArray(pc8Text, { minLength: 1, maxLength: 5 }),
    verifications: fc.array(
      fc.array(
        fc.record({ account: fc.constantFrom("4010", "5410", "6550"), object: fc.nat(6), amount, text: pc8Text }),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
      { maxLength: 30 },
    ),
  })
  .map(({ objects, verifications }): SieExport => ({
    company: 'Förbundet "Prov"',
    fiscalYear: { start: "2025-01-01", end: "2025-12-31" },
    accounts: ["1930", "4010", "5410", "6550"].map((account) => ({ account, name: `Konto ${account}` })),
    dimensions: [{ dimension: "1", name: "Kostnadsställe" }],
    objects: objects.map((object) => ({ dimension: "1", object, name: object })),
    verifications: verifications.map((rows, i) => ({
      series: "A",
      number: String(i + 1),
      date: `2025-0${1 + (i % 9)}-1${i % 10}`,
      text: rows[0].text,
      transactions: [
        ...rows.map((row) => ({
          account: row.account,
          objects: row.object < objects.length ? [{ dimension: "1", object: objects[row.object] }] : [],
          amount: row.amount,
          text: row.text,
        })),
        { account: "1930", objects: [], amount: sum(rows.map((row) => row.amount)).neg() },
      ],
    })),
  }));

/** Sums per account and per account and object, as strings of exact amounts. */
function sums(
  transactions: readonly {
    account: string;
    objects: readonly { dimension: string; object: string }[];
    amount: ReturnType<typeof money>;
  }[],
) {
  const totals = new Map<string, ReturnType<typeof money>>();
  const add = (key: string, value: ReturnType<typeof money>) =>
    totals.set(key, (totals.get(key) ?? money(0)).plus(value));
  for (const t of transactions) {
    add(t.account, t.amount);
    for (const o of t.objects) add(`${t.account} ${objectKey(o.dimension, o.object)}`, t.amount);
  }
  return new Map([...totals].map(([key, value]) => [key, value.toFixed(2)]));
}

describe("round trip", () => {
  it("a generated ledger written as PC8 SIE reads back with the same sums per account and object", () => {
    fc.assert(
      fc.property(ledgers, (ledger) => {
        const { ledger: read, problems } = readSie(sieBytes(ledger));
        expect(problems).toEqual([]);
        expect(read.verifications).toHaveLength(ledger.verifications.length);
        const written = ledger.verifications.flatMap((v) => v.transactions);
        expect(sums(read.verifications.flatMap((v) => v.transactions))).toEqual(sums(written));
      }),
      { numRuns: 200 },
    );
  });
});
