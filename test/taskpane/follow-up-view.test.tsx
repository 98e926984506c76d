/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { objectCosts, sampleLedger } from "../../src/bench/sample-ledger";
import { officePlanWorkbook } from "../../src/excel/plan-workbook";
import { sieBytes, sieText } from "../../src/sie/write-sie";
import { FakeExcel } from "../excel/fake-excel";
import { plain } from "../fixtures/sv-numbers";
import { example, renderPane } from "./render-pane";

const ledger = sampleLedger({ year: 2021, transactions: 200, projects: ["P1"], seed: 5 });
const siktaAt = (asOf: string) => objectCosts(ledger, asOf).get("P1")!;

/** The example plan (follow-up year 2021) with SIKTA mapped to project P1. */
async function planWithMapping(): Promise<FakeExcel> {
  const excel = new FakeExcel(["Blad1"]);
  await officePlanWorkbook(excel.runner).writePlan(example, "sv");
  excel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "SIKTA"]]);
  return excel;
}

const sieFile = (bytes: Uint8Array, name = "bokforing.se") =>
  new File([new Uint8Array(bytes)], name, { type: "text/plain" });
const ore = (amount: { toFixed: (n: number) => string }) =>
  Number(amount.toFixed(2)).toLocaleString("sv-SE", { minimumFractionDigits: 2 });

describe("Uppföljning", () => {
  it("previews the outcome up to 30 April, writes it on confirmation, and undoes it", async () => {
    const excel = await planWithMapping();
    const user = userEvent.setup();
    renderPane("followUp", { excel });
    // The plan's follow-up date (2021-12-31) is in the follow-up year: it is the default.
    const date = await screen.findByLabelText(/Uppföljningsdatum/);
    expect((date as HTMLInputElement).value).toBe("2021-12-31");
    await user.clear(date);
    await user.type(date, "2021-04-30");
    await user.upload(screen.getByLabelText(/SIE-fil/), sieFile(sieBytes(ledger)));

    const preview = await screen.findByRole("table", { name: /Utfall från bokforing\.se/ });
    // What the file holds comes first, as `npm run sie` says it.
    const transactions = ledger.verifications.reduce((n, v) => n + v.transactions.length, 0);
    expect(screen.getByRole("region", { name: "Vad filen innehåller" }).textContent).toBe(
      "Vad filen innehåller" +
        "ProgramFinsam Planner 1.0" +
        `Företag${ledger.company}` +
        "Räkenskapsår2021-01-01–2021-12-31" +
        "TeckenkodningPC8" +
        `Konton${ledger.accounts.length}` +
        `Verifikationer${ledger.verifications.length}` +
        `Transaktioner${transactions}` +
        "Förbigått: 1 × #KPTYP (från rad 7): kontoplanens typ",
    );
    // The summary's name is not the file field's: another file can still be chosen by the field's label.
    expect(screen.getAllByLabelText(/SIE-fil/)).toHaveLength(1);
    const sikta = within(preview).getByRole("row", { name: /SIKTA/ });
    expect(plain(sikta.textContent)).toBe(`SIKTA2 837 000${plain(ore(siktaAt("2021-04-30")))}`);
    expect(within(preview).getByRole("row", { name: /Uppföljningsdatum/ }).textContent).toBe(
      "Uppföljningsdatum2021-12-312021-04-30",
    );
    expect(screen.getByTestId("import-left-out").textContent).toMatch(
      /Utan koppling, behåller sitt värde: Långa sjukfall/,
    );
    const before = excel.syncCount;

    await user.click(screen.getByRole("button", { name: "Skriv utfall" }));
    expect(await screen.findByText(/Klart: 2 celler skrivna från bokforing\.se/)).toBeTruthy();
    expect(excel.sheet("Insatser").cells.get("F4")?.value).toBe(siktaAt("2021-04-30").toNumber());
    // One sync to write, two to read the workbook again.
    expect(excel.syncCount - before).toBe(3);

    await user.click(screen.getByRole("button", { name: "Ångra senaste import" }));
    expect(await screen.findByText(/Importen av bokforing\.se .* är ångrad: 2 celler återställda/)).toBeTruthy();
    expect(excel.sheet("Insatser").cells.get("F4")?.value).toBe(2_837_000);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Ångra senaste import" }).hasAttribute("disabled")).toBe(true),
    );
  });

  it("shows what it wrote and writes it again only after the file, the date or Kopplingar change", async () => {
    const excel = await planWithMapping();
    const user = userEvent.setup();
    renderPane("followUp", { excel });
    const date = await screen.findByLabelText(/Uppföljningsdatum/);
    await user.clear(date);
    await user.type(date, "2021-04-30");
    await user.upload(screen.getByLabelText(/SIE-fil/), sieFile(sieBytes(ledger)));
    await screen.findByRole("table", { name: /Utfall från bokforing\.se/ });
    const writeButton = () => screen.getByRole("button", { name: "Skriv utfall" });
    await user.click(writeButton());
    await screen.findByText(/Klart: 2 celler skrivna/);

    // The written values with the ones they replaced, not the re-read workbook's Före = Efter.
    expect(screen.getByRole("heading", { name: "Det här skrevs" })).toBeTruthy();
    const table = screen.getByRole("table", { name: /Utfall från bokforing\.se/ });
    expect(plain(within(table).getByRole("row", { name: /SIKTA/ }).textContent)).toBe(
      `SIKTA2 837 000${plain(ore(siktaAt("2021-04-30")))}`,
    );
    expect(writeButton().hasAttribute("disabled")).toBe(true);

    // Kopplingar changed in Excel counts once it is read again.
    excel.typeIn("Kopplingar", "A6", [["4000-7999", 6, "P1", "Långa sjukfall"]]);
    await user.click(screen.getByRole("button", { name: "Läs om Kopplingar" }));
    await waitFor(() => expect(writeButton().hasAttribute("disabled")).toBe(false));
    expect(screen.getByRole("heading", { name: "Det här ändras" })).toBeTruthy();
    expect(
      within(screen.getByRole("table", { name: /Utfall från/ })).getByRole("row", { name: /Långa sjukfall/ }),
    ).toBeTruthy();
  });

  it("lists why a file cannot be imported, and writes nothing", async () => {
    const excel = await planWithMapping();
    const user = userEvent.setup();
    renderPane("followUp", { excel });
    // A file saved as UTF-8 rather than PC8, with a verification that does not balance.
    const text = sieText(ledger).replace(/(#TRANS 1930 \{\} )-?[\d.]+/, "$1-1.00");
    await user.upload(await screen.findByLabelText(/SIE-fil/), sieFile(new TextEncoder().encode(`${text}ÅÄÖ`)));

    const problems = await screen.findByTestId("import-problems");
    expect(problems.textContent).toMatch(/^rad \d+: #VER A 1 \(2021-\d\d-\d\d\) balanserar inte: /);
    // UTF-8 is read, with a warning in the file's summary.
    expect(screen.getByTestId("sie-warnings").textContent).toMatch(/filen är i UTF-8, inte i PC8/);
    expect(screen.getByText(/Filen kan inte importeras, och inget skrivs/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Skriv utfall" }).hasAttribute("disabled")).toBe(true);
    expect(excel.sheets.map((sheet) => sheet.name)).not.toContain("Utfallslogg");
  });

  it("speaks English, and refuses a follow-up date outside the plan's follow-up year", async () => {
    const excel = await planWithMapping();
    const user = userEvent.setup();
    renderPane("followUp", { excel, language: "en" });
    const date = await screen.findByLabelText(/Follow-up date/);
    await user.clear(date);
    await user.type(date, "2022-04-30");
    await user.upload(screen.getByLabelText(/SIE file/), sieFile(sieBytes(ledger)));

    expect((await screen.findByTestId("import-problems")).textContent).toMatch(
      /2022-04-30 is not in the plan's follow-up year 2021/,
    );
    expect(screen.getByText(/The file cannot be imported, and nothing is written/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write outcome" }).hasAttribute("disabled")).toBe(true);
  });

  it("says so when the workbook has no plan", async () => {
    renderPane("followUp");
    expect(await screen.findByText(/Arbetsboken har ingen plan med bladet Kopplingar/)).toBeTruthy();
  });
});
