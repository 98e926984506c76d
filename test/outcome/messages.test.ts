import { ImportProblem, OutcomeCode, importProblemText, outcomeIssue } from "../../src/outcome/messages";
import { SieCode, sieIssue, sieText } from "../../src/sie/messages";

/** The import tells its own problems from the SIE reader's by their codes: no code may be in both tables. */
type Shared = SieCode & OutcomeCode;
const noCodeInBothTables: [Shared] extends [never] ? true : false = true;

describe("the import's messages", () => {
  it("keeps the SIE reader's codes and its own apart", () => {
    expect(noCodeInBothTables).toBe(true);
  });

  it("says each problem in Swedish and in English, an SIE problem with its line", () => {
    const problems: ImportProblem[] = [
      sieIssue("unbalanced", 12, { ver: "A 1 (2025-01-15)", sum: "0.50" }),
      outcomeIssue("account-not-in-file", { row: 7, account: 4011 }),
    ];
    expect(problems.map((p) => importProblemText(p, "sv"))).toEqual([
      "rad 12: #VER A 1 (2025-01-15) balanserar inte: transaktionerna summerar till 0,50, inte 0",
      "Kopplingar rad 7: kontot 4011 finns inte i filens kontoplan",
    ]);
    expect(problems.map((p) => importProblemText(p, "en"))).toEqual([
      "line 12: #VER A 1 (2025-01-15) does not balance: its transactions add up to 0.50, not 0",
      "Kopplingar row 7: account 4011 is not in the file's chart of accounts",
    ]);
    expect(sieText(sieIssue("no-format", 0), "sv")).toBe("filen saknar #FORMAT PC8");
  });
});
