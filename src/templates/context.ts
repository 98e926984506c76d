import { PlanInput } from "../model/plan";
import { Labels } from "./labels";
import { freeDefinedName, TakenNames } from "./naming";
import { DefinedName } from "./spec";

/** What every sheet builder needs: the plan, the words, and the names the workbook gives its sheets and figures. */
export class TemplateContext {
  readonly definedNames: DefinedName[] = [];
  private readonly takenNames: string[];

  constructor(
    readonly plan: PlanInput,
    readonly labels: Labels,
    readonly sheetNames: Readonly<Record<SheetKey, string>>,
    taken: TakenNames,
  ) {
    this.takenNames = [...taken.definedNames];
  }

  /** Gives the cell a workbook name (free of the user's names) and returns it, for formulas to use. */
  name(preferred: string, sheet: SheetKey, address: string): string {
    const name = freeDefinedName(preferred, this.takenNames);
    this.takenNames.push(name);
    this.definedNames.push({ name, sheet, address });
    return name;
  }

  get years(): number[] {
    return Array.from({ length: this.plan.planYears + 1 }, (_, k) => this.plan.budgetYear + k);
  }
}

export type SheetKey =
  | "params"
  | "fees"
  | "budget"
  | "plan"
  | "interventions"
  | "mappings"
  | "scenarios"
  | "requests"
  | "checks"
  | "decisions";
