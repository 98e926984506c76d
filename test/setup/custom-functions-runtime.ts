/*
 * Excel's custom-functions runtime provides the global `CustomFunctions` with an
 * Error class and the ErrorCode values below (@types/custom-functions-runtime);
 * tests run outside Excel, so this gives them the same two names and nothing more.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode } });
