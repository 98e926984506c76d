/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./render-pane";

/*
 * The wizard tells every problem at once, each with its step, field and line, as a link to the
 * field; the step list marks the steps with problems; focus goes where the user's next move is.
 */

const steps = () => within(screen.getByRole("navigation", { name: "Steg" }));
const focused = () => document.activeElement as HTMLElement;

describe("the wizard's problems and focus", () => {
  it("lists every problem on Skapa, by step, field and line, and a link takes the caret to the line", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.click(await screen.findByRole("button", { name: /Använd exemplet/ }));
    await screen.findByText(/^Exemplet är ifyllt/);
    await user.click(steps().getByRole("button", { name: /^3\. Medlemmar/ }));
    const members = await screen.findByRole("textbox", { name: /Medlemskommuner/ });
    await user.clear(members);
    await user.type(members, "Kommun;Befolkning{Enter}Gnesta;6 439{Enter}Trosa;x{Enter}Flen;−5");
    await user.click(steps().getByRole("button", { name: /^1\. Förbund/ }));
    await user.clear(await screen.findByRole("textbox", { name: /^Region/ }));
    await user.click(steps().getByRole("button", { name: /^5\. Skapa/ }));

    await screen.findByText("Rätta de här 3 sakerna innan arken skapas:");
    const list = within(document.getElementById("wizard-result")!).getByRole("list");
    expect(
      within(list)
        .getAllByRole("button")
        .map((link) => link.textContent),
    ).toEqual([
      "Steg 1 Förbund, Region: Fyll i fältet.",
      "Steg 3 Medlemmar, Medlemskommuner och befolkning 16–64 år: Rad 3: skriv namn och befolkning (ett heltal).",
      "Steg 3 Medlemmar, Medlemskommuner och befolkning 16–64 år: Rad 4: befolkningen kan inte vara negativ.",
    ]);
    await waitFor(() => expect(focused().id).toBe("wizard-result"));
    expect(steps().getByRole("button", { name: "1. Förbund (fel)" })).toBeTruthy();
    expect(steps().getByRole("button", { name: "2. Ekonomi" })).toBeTruthy();
    expect(steps().getByRole("button", { name: "3. Medlemmar (fel)" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Skapa planens ark" })).toHaveProperty("disabled", true);

    await user.click(within(list).getByRole("button", { name: /Rad 4/ }));
    expect(await screen.findByRole("heading", { name: /Steg 3 av 5/ })).toBeTruthy();
    await waitFor(() => expect(focused()).toBe(screen.getByRole("textbox", { name: /Medlemskommuner/ })));
    const area = focused() as HTMLTextAreaElement;
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe("Flen;−5");
  });

  it("keeps Next on a step with problems, moves focus to the first and says why; after Next, focus is on the heading", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.click(await screen.findByRole("button", { name: "Nästa" }));
    expect(screen.getByRole("heading", { name: /Steg 1 av 5/ })).toBeTruthy();
    expect(
      screen.getByText("Rätta 2 saker först. Den första: Förbundets namn: Fyll i fältet.").closest("[role=status]"),
    ).toBeTruthy();
    await waitFor(() => expect(focused()).toBe(screen.getByRole("textbox", { name: /Förbundets namn/ })));

    await user.type(focused(), "Finsam Väst");
    await user.type(screen.getByRole("textbox", { name: /^Region/ }), "Region Väst");
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    const heading = await screen.findByRole("heading", { name: /Steg 2 av 5/ });
    await waitFor(() => expect(focused()).toBe(heading));
    expect(screen.queryByText(/^Rätta/)).toBeNull();
  });

  it("moves focus to the outcome after Skapa", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.click(await screen.findByRole("button", { name: /Använd exemplet/ }));
    await user.click(await screen.findByRole("button", { name: "Skapa planens ark" }));
    await screen.findByText(/^Klart: Parametrar,/);
    await waitFor(() => expect(focused().textContent).toMatch(/^Klart: Parametrar,/));
  });
});
