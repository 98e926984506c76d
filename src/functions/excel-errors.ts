import { PlanError, PlanErrorKind } from "../model/errors";

/** Read when an error is made, not at load: the runtime's globals exist only inside Excel. */
function errorCodeOf(kind: PlanErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "invalid-value":
    case "ambiguous":
      return CustomFunctions.ErrorCode.invalidValue;
    case "invalid-number":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "not-found":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/**
 * Runs a custom function's body and turns every failure into an Excel error with
 * a message, so that a cell shows #VALUE!, #NUM! or #N/A rather than a number that
 * is wrong or a JavaScript error that Excel shows without explanation.
 */
export function evaluate<Result extends number | number[][]>(body: () => Result): Result {
  let result: Result;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  const values = typeof result === "number" ? [result] : result.flat();
  if (values.some((value) => !Number.isFinite(value))) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "the result is not a finite number");
  }
  return result;
}

function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof PlanError) {
    return new CustomFunctions.Error(errorCodeOf(error.kind), error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `unexpected error: ${message}`);
}
