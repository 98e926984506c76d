/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Money, sum } from "../../src/model/money";
import { sieBytes } from "../../src/sie/write-sie";
import { CURRENT_CLOSING, CURRENT_OPENING, CURRENT_RESULTS, annualBooks } from "../fixtures/annual-books";
import { plain } from "../fixtures/sv-numbers";
import { renderPane } from "./render-pane";

const sieFile = (bytes: Uint8Array, name = "bokslut.se") =>
  new File([new Uint8Array(bytes)], name, { type: "text/plain" });
const kronor = (amount: Money) =>
  `${Number(amount.toFixed(2)).toLocaleString("sv-SE", { minimumFractionDigits: 2 })} kr`;

/* The figures straight from the fixture's balances, by account class: no code of the add-in. */
const over = (figures: Readonly<Record<string, Money>>, first: string) =>
  sum(
    Object.entries(figures)
      .filter(([account]) => first.includes(account[0]))
      .map(([, amount]) => amount),
  );
const result = over(CURRENT_RESULTS, "345678").neg();
const assets = over(CURRENT_CLOSING, "1");
const equity = sum(
  Object.entries(CURRENT_OPENING)
    .filter(([a]) => a.startsWith("20"))
    .map(([, m]) => m),
)
  .neg()
  .plus(result);

describe("Bokslut", () => {
  it("shows the year's result, the balance total and soliditet from the books, then writes the sheets and undoes them", async () => {
    const user = userEvent.setup();
    const { excel } = renderPane("accounts");
    await user.upload(await screen.findByLabelText(/SIE-fil/), sieFile(sieBytes(annualBooks())));

    const figures = await screen.findByRole("region", { name: "Bokslutet i korthet" });
    const solidity = `${(equity.div(assets).toNumber() * 100).toLocaleString("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
    expect(plain(figures.textContent)).toBe(
      plain(
        `Bokslutet i korthetRäkenskapsår2025-01-01–2025-12-31Årets resultat${kronor(result)}` +
          `Summa tillgångar${kronor(assets)}Soliditet${solidity}`,
      ),
    );
    expect(screen.getByTestId("accounts-notes").textContent).toMatch(/årets resultat .* är inte bokfört/);

    const before = excel.syncCount;
    await user.click(screen.getByRole("button", { name: "Skriv bokslutet" }));
    await screen.findByText(/Klart: bladen Resultaträkning, Balansräkning/);
    expect(excel.syncCount - before).toBe(2);
    expect(excel.sheet("Resultaträkning").cells.size).toBeGreaterThan(0);

    // A second write asks first: the workbook has annual accounts now.
    await user.click(screen.getByRole("button", { name: "Skriv bokslutet" }));
    await screen.findByText(/Arbetsboken har redan bokslutsblad \(Resultaträkning, /);
    await user.click(screen.getByRole("button", { name: "Skriv bredvid" }));
    await screen.findByText(/Klart: bladen Resultaträkning \(2\)/);

    await user.click(screen.getByRole("button", { name: "Ångra bokslutet" }));
    await screen.findByText(/Bokslutet är ångrat: Resultaträkning \(2\)/);
    expect(() => excel.sheet("Resultaträkning (2)")).toThrow();
    expect(excel.sheet("Resultaträkning").cells.size).toBeGreaterThan(0);
  });

  it("replaces the sheets it wrote last only when asked, and writes nothing from a file it cannot use", async () => {
    const user = userEvent.setup();
    const { excel } = renderPane("accounts");
    await user.upload(await screen.findByLabelText(/SIE-fil/), sieFile(sieBytes(annualBooks())));
    await user.click(await screen.findByRole("button", { name: "Skriv bokslutet" }));
    await screen.findByText(/Klart: bladen/);
    await user.click(screen.getByRole("button", { name: "Skriv bokslutet" }));
    await user.click(await screen.findByRole("button", { name: "Ersätt" }));
    await screen.findByText(/Klart: bladen Resultaträkning, /);
    expect(excel.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("Resultaträkning"))).toEqual([
      "Resultaträkning",
    ]);

    const broken = Buffer.from(sieBytes(annualBooks()).toString("latin1").replace("#SIETYP 4", "#SIETYP 7"), "latin1");
    await user.upload(screen.getByLabelText(/SIE-fil/), sieFile(broken));
    expect((await screen.findByTestId("accounts-problems")).textContent).toContain("#SIETYP 7: SIE har typerna 1–4");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Skriv bokslutet" }).hasAttribute("disabled")).toBe(true),
    );
  });
});
