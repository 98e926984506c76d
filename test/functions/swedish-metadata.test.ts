import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Metadata,
  MetadataParameter,
  SwedishTable,
  builtMetadata,
  localizeMetadata,
  swedishTable,
} from "../fixtures/swedish-metadata";

/*
 * functions-sv.json is what Swedish Excel shows: function names, help and the
 * parameter names of the formula tooltip. The build makes it from the English
 * metadata and src/functions/names.sv.json, and refuses a table that does not fit.
 */
const withoutTexts = (p: MetadataParameter) => ({ ...p, name: undefined, description: undefined });
const signature = (fn: Metadata["functions"][number]) => `${fn.name}(${fn.parameters.map((p) => p.name).join("; ")})`;

describe("the Swedish metadata (functions-sv.json)", () => {
  let en: Metadata;
  let sv: Metadata;
  beforeAll(async () => {
    ({ en, sv } = await builtMetadata());
  });

  it("shows the fee function's tooltip in Swedish", () => {
    const fee = sv.functions.find((fn) => fn.id === "MEMBERFEE")!;
    expect(signature(fee)).toBe("MEDLEMSAVGIFT(belopp; medlem; medlemmar; befolkning; decimaler)");
  });

  it("names every parameter of every function in Swedish, differently from English where the words differ", () => {
    const english = new Set(en.functions.flatMap((fn) => fn.parameters.map((p) => p.name)));
    const swedish = sv.functions.flatMap((fn) => fn.parameters.map((p) => p.name));
    // Only words the two languages share (budget; start in BURNRATIO and YEARSHARE) may stay as they are.
    expect(swedish.filter((name) => english.has(name)).sort()).toEqual(["budget", "start", "start"]);
    swedish.forEach((name) => expect(name).toMatch(/^[a-zåäö][a-zåäö0-9_]*$/));
  });

  it("keeps everything but the texts as the English metadata has it", () => {
    en.functions.forEach((fn, i) => {
      expect(sv.functions[i].id).toBe(fn.id);
      expect(sv.functions[i].parameters.map(withoutTexts)).toEqual(fn.parameters.map(withoutTexts));
    });
  });

  it("is what the README's function table shows in its Swedish column", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const shown = sv.functions.map((fn) => {
      const parameters = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      return `| \`FINSAM.${en.functions.find((e) => e.id === fn.id)!.name}\` | \`FINSAM.${fn.name}(${parameters.join("; ")})\` |`;
    });
    shown.forEach((row) => expect(readme).toContain(row));
  });

  describe("refuses a table that does not fit the functions", () => {
    const broken = (change: (table: SwedishTable) => void): (() => Metadata) => {
      const table = swedishTable();
      change(table);
      return () => localizeMetadata(en, table);
    };

    it.each([
      [
        "a parameter without a Swedish name",
        (t: SwedishTable) => delete t.MEMBERFEE.parameters.total,
        /MEMBERFEE parameter "total": name "undefined"/,
      ],
      [
        "a name with a space",
        (t: SwedishTable) => (t.QUARTERS.parameters.fee.name = "årlig avgift"),
        /QUARTERS parameter "fee": name "årlig avgift" must be/,
      ],
      [
        "a name with a capital",
        (t: SwedishTable) => (t.QUARTERS.parameters.fee.name = "Avgift"),
        /must be lowercase letters/,
      ],
      [
        "a name given twice",
        (t: SwedishTable) => (t.MEMBERFEE.parameters.member.name = "belopp"),
        /MEMBERFEE: Swedish parameter name belopp is used twice/,
      ],
      [
        "a parameter the function does not have",
        (t: SwedishTable) => (t.QUARTERS.parameters.fees = { name: "avgifter", description: "x" }),
        /QUARTERS parameter "fees" is not in the generated metadata/,
      ],
      [
        "a parameter without help",
        (t: SwedishTable) => (t.SOLIDITY.parameters.equity.description = ""),
        /SOLIDITY parameter "equity" has no Swedish text/,
      ],
    ])("%s", (_, change, message) => {
      expect(broken(change)).toThrow(message);
    });
  });
});
