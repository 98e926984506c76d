import { FluentProvider, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import App from "./App";
import { languageOfTag } from "../model/language";
import { officeAdapters } from "./office-adapters";

/* global document, Office, window */

/**
 * The light theme's variables come with the page (theme.css, made by the build from Fluent's theme), so the
 * provider gets no theme of its own; under Windows high contrast it gets Fluent's high-contrast theme, loaded only
 * then, which maps its tokens to the system colours.
 */
async function paneTheme(): Promise<Partial<Theme>> {
  if (!window.matchMedia?.("(forced-colors: active)").matches) return {};
  const { teamsHighContrastTheme } = await import(/* webpackChunkName: "high-contrast" */ "@fluentui/react-components");
  return teamsHighContrastTheme;
}

Office.onReady(async () => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={await paneTheme()}>
      <App adapters={officeAdapters()} initialLanguage={languageOfTag(Office.context.displayLanguage)} />
    </FluentProvider>,
  );
});
