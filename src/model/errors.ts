import { Problem, render } from "./messages";

/**
 * Why an input cannot give a figure. The model names the kind of problem; each
 * surface (custom function, CLI, task pane) maps it to its own way of saying so.
 */
export type PlanErrorKind =
  /** Wrong type or shape: text where a number belongs, ranges of different sizes. */
  | "invalid-value"
  /** A number outside what the rule allows: negative population, zero budget. */
  | "invalid-number"
  /** Something looked up that is not there: a member not in the list. */
  | "not-found"
  /** Two readings are possible and the model will not guess: mixed cost signs. */
  | "ambiguous";

/** The message is the problem in English; a surface that speaks Swedish renders the problem itself. */
export class PlanError extends Error {
  constructor(
    readonly kind: PlanErrorKind,
    readonly problem: Problem,
  ) {
    super(render(problem, "en"));
    this.name = "PlanError";
  }
}
