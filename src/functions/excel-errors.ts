import { PlanError, PlanErrorKind } from "../model/errors";
import { languageOfTag } from "../model/language";
import { Language, ParameterNames, Problem, render } from "../model/messages";
import swedishNames from "./names.sv.json";

/**
 * Excel shows a custom function's message only on #VALUE! and #N/A; on #NUM!,
 * #DIV/0! and the rest it drops it (CustomFunctions.ErrorCode in
 * @types/custom-functions-runtime; Microsoft's "Handle and return errors from
 * your custom function"). Every message here says what to change, so every
 * problem is #VALUE!, except a name not in the list, which is #N/A as in Excel's
 * own lookups. Read when an error is made: the runtime's globals exist only inside Excel.
 */
function errorCodeOf(kind: PlanErrorKind): CustomFunctions.ErrorCode {
  return kind === "not-found" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
}

/** Excel's display language when the error is made; Swedish when there is no Office to ask. */
export function displayLanguage(): Language {
  return languageOfTag(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
}

type FunctionId = keyof typeof swedishNames;

/** The parameter names Excel shows for the function in that language (functions-sv.json in Swedish). */
function parameterNames(id: FunctionId, language: Language): ParameterNames {
  const parameters: Readonly<Record<string, { name: string }>> = swedishNames[id].parameters;
  return (name) => (language === "sv" ? (parameters[name]?.name ?? name) : name);
}

/**
 * Runs the body of the custom function `id` and turns every failure into an
 * Excel error with a message in Excel's language, so that a cell shows #VALUE!
 * or #N/A with what is wrong rather than a number that is wrong or a JavaScript
 * error that Excel shows without explanation.
 */
export function evaluate<Result extends number | number[][]>(id: FunctionId, body: () => Result): Result {
  let result: Result;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(id, error);
  }
  const finite =
    typeof result === "number" ? Number.isFinite(result) : result.every((row) => row.every(Number.isFinite));
  if (!finite) {
    throw excelError(id, "invalid-number", { code: "result-not-finite" });
  }
  return result;
}

function toExcelError(id: FunctionId, error: unknown): CustomFunctions.Error {
  if (error instanceof PlanError) {
    return excelError(id, error.kind, error.problem);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(id, "invalid-value", { code: "unexpected", params: { detail } });
}

function excelError(id: FunctionId, kind: PlanErrorKind, problem: Problem): CustomFunctions.Error {
  const language = displayLanguage();
  return new CustomFunctions.Error(errorCodeOf(kind), render(problem, language, parameterNames(id, language)));
}
