/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { languageOf } from "../../src/taskpane/i18n/strings";
import { renderPane } from "./render-pane";

describe("the task pane", () => {
  it("takes Swedish for any Swedish Office and English for everything else", () => {
    expect(languageOf("sv-SE")).toBe("sv");
    expect(languageOf("sv-FI")).toBe("sv");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("fi-FI")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  it("switches language from the header, views and all", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    expect(await screen.findByRole("tab", { name: "Min avgift" })).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "English");
    expect(screen.getByRole("tab", { name: "My fee" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Use the example/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("opens each view from its tab", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.click(await screen.findByRole("tab", { name: "Funktioner" }));
    expect(await screen.findByText(/Markera en cell i Excel och klicka Infoga/)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Min avgift" }));
    expect(await screen.findByText(/Arbetsboken har ingen plan/)).toBeTruthy();
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-myFee");
    await user.click(screen.getByRole("tab", { name: "Granska plan" }));
    expect(await screen.findByRole("button", { name: "Granska" })).toBeTruthy();
  });
});
