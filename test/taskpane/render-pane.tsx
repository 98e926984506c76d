import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officeOutcomeImport, type OutcomeImportAdapter } from "../../src/excel/outcome-import";
import { officePlanWorkbook, type PlanWorkbookAdapter } from "../../src/excel/plan-workbook";
import { officeReviewReader } from "../../src/excel/review-reader";
import { officeScenarioReader } from "../../src/excel/scenario-reader";
import type { PlanInput } from "../../src/model/plan";
import { readPlan } from "../../src/templates/read-plan";
import App, { type ViewId } from "../../src/taskpane/App";
import type { Language } from "../../src/taskpane/i18n/strings";
import type { FunctionMetadata } from "../../src/taskpane/logic/function-guide";
import { FakeExcel } from "../excel/fake-excel";
import { builtMetadata } from "../fixtures/swedish-metadata";

export const example: PlanInput = readPlan(
  readFileSync(join(__dirname, "..", "..", "examples", "rar-sormland-2025.json"), "utf8"),
);

/** The pane over a fake workbook, as Excel would show it. */
export function renderPane(
  view: ViewId,
  {
    excel = new FakeExcel(["Blad1"]),
    language = "sv" as Language,
    workbook = officePlanWorkbook(excel.runner) as PlanWorkbookAdapter,
    outcome = officeOutcomeImport(excel.runner) as OutcomeImportAdapter,
  } = {},
) {
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={workbook}
        scenarios={officeScenarioReader(excel.runner)}
        outcome={outcome}
        reviewReader={officeReviewReader(excel.runner)}
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
