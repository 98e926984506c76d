import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanInput } from "../../src/model/plan";
import { readPlan } from "../../src/templates/read-plan";
import type { PaneAdapters } from "../../src/taskpane/adapters";
import App, { type ViewId } from "../../src/taskpane/App";
import type { Language } from "../../src/taskpane/i18n/strings";
import type { FunctionMetadata } from "../../src/taskpane/logic/function-guide";
import { officeAdapters } from "../../src/taskpane/office-adapters";
import { FakeExcel } from "../excel/fake-excel";
import { builtMetadata } from "../fixtures/swedish-metadata";

// Views, wizard steps and Office's adapters come in lazy modules: on a loaded machine the default second of
// findBy…/waitFor is not always enough for them to arrive.
configure({ asyncUtilTimeout: 10_000 });

export const example: PlanInput = readPlan(
  readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"),
);

/**
 * The pane over a fake workbook, as Excel would show it: the whole bundle of Office's adapters over the fake,
 * or over any adapters a test puts in their place.
 */
export function renderPane(
  view: ViewId,
  { excel = new FakeExcel(["Blad1"]), language = "sv" as Language, adapters = {} as Partial<PaneAdapters> } = {},
) {
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App
        adapters={{ ...officeAdapters(excel.runner), ...adapters }}
        initialLanguage={language}
        initialView={view}
        loadMetadata={metadata}
      />
    </FluentProvider>,
  );
  return { ...result, excel };
}

/** The metadata the build makes: English from the JSDoc, Swedish names and help from names.sv.json. */
export async function metadata(): Promise<Record<Language, FunctionMetadata>> {
  return (await builtMetadata()) as Record<Language, FunctionMetadata>;
}
