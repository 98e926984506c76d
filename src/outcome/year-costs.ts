import { Money } from "../model/money";
import type { SieLedger } from "../sie/ledger";
import { aggregateOutcome } from "./aggregate";
import type { PlanOutcomeCells } from "./import";
import { readMapping } from "./mapping";
import type { OutcomeIssue } from "./messages";

/**
 * The fiscal year's cost per cost row and intervention, as Kopplingar maps the
 * books' verifications to them (the outcome import's rule, over the whole year
 * up to `yearEnd`): the rows a mapping names, in the plan's order (cost rows,
 * then interventions). None when Kopplingar maps nothing; its problems when a
 * row cannot be read.
 */
export function yearCosts(
  ledger: SieLedger,
  plan: PlanOutcomeCells,
  yearEnd: string,
): { costs: { target: string; amount: Money }[]; problems: readonly OutcomeIssue[] } {
  const names = [...plan.costRows, ...plan.interventions].map((row) => row.name);
  const mapping = readMapping(plan.mapping.rows, plan.mapping.firstRow, names);
  if (mapping.problems.length > 0) return { costs: [], problems: mapping.problems };
  const totals = aggregateOutcome(ledger, mapping.rows, yearEnd);
  if (totals.problems.length > 0) return { costs: [], problems: totals.problems };
  const costs = [...new Set(names)]
    .filter((target) => totals.byTarget.has(target))
    .map((target) => ({ target, amount: totals.byTarget.get(target) as Money }));
  return { costs, problems: [] };
}
