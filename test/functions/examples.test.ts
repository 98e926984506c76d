import * as functions from "../../src/functions/functions";
import { functionExamples } from "../../src/functions/examples";
import { DeclaredFunction, declaredFunctions } from "../fixtures/function-metadata";

describe("the function guide's examples", () => {
  let declared: DeclaredFunction[];
  beforeAll(async () => {
    declared = await declaredFunctions();
  });

  it("gives every declared function exactly one example", () => {
    expect(functionExamples.map((example) => example.id).sort()).toEqual(declared.map((fn) => fn.id).sort());
  });

  it.each(functionExamples.map((example) => [example.id, example] as const))(
    "%s gives its stated result",
    (id, example) => {
      const jsName = declared.find((fn) => fn.id === id)?.jsName ?? "";
      const implementation = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[jsName];
      expect(implementation).toBeInstanceOf(Function);
      const result = implementation(...example.args);
      if (typeof example.result === "number") expect(result).toBeCloseTo(example.result, 12);
      else expect(result).toEqual(example.result);
    },
  );
});
