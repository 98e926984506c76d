import { FluentProvider, teamsHighContrastTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import App from "./App";
import { languageOf } from "./i18n/strings";
import { officeAdapters } from "./office-adapters";

/* global document, Office, window */

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  // Windows high contrast: Fluent's high-contrast theme maps its tokens to the system colours.
  const highContrast = window.matchMedia?.("(forced-colors: active)").matches;
  createRoot(container).render(
    <FluentProvider theme={highContrast ? teamsHighContrastTheme : webLightTheme}>
      <App adapters={officeAdapters()} initialLanguage={languageOf(Office.context.displayLanguage)} />
    </FluentProvider>,
  );
});
