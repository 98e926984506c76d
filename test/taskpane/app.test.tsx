/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { languageOfTag } from "../../src/model/language";
import { renderPane } from "./render-pane";

describe("the task pane", () => {
  it("takes Swedish for any Swedish Office and English for everything else", () => {
    expect(languageOfTag("sv-SE")).toBe("sv");
    expect(languageOfTag("sv-FI")).toBe("sv");
    expect(languageOfTag("en-US")).toBe("en");
    expect(languageOfTag("fi-FI")).toBe("en");
    expect(languageOfTag(undefined)).toBe("sv"); // Swedish first, when Office gives no tag
  });

  it("switches language from the header, views and all", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    expect(await screen.findByRole("button", { name: "Min avgift" })).toBeTruthy();
    await user.click(within(screen.getByRole("group", { name: "Språk" })).getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "My fee" })).toBeTruthy();
    // The switch now offers Swedish, named in Swedish.
    expect(within(screen.getByRole("group", { name: "Language" })).getByRole("button").textContent).toBe("Svenska");
    expect(screen.getByRole("button", { name: /Use the example/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("opens each view from the navigation, marking the one shown", async () => {
    const user = userEvent.setup();
    renderPane("newPlan");
    await user.click(await screen.findByRole("button", { name: "Funktioner" }));
    expect(await screen.findByText(/Markera en cell i Excel och klicka Infoga/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Min avgift" }));
    expect(await screen.findByText(/Arbetsboken har ingen plan/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Min avgift" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("main").getAttribute("aria-labelledby")).toBe("view-myFee");
    await user.click(screen.getByRole("button", { name: "Granska plan" }));
    expect(await screen.findByRole("button", { name: "Granska" })).toBeTruthy();
  });
});
