import { functionExamples } from "../../src/functions/examples";
import { functionGuides } from "../../src/taskpane/logic/function-guide";
import { metadata } from "./render-pane";

describe("the function guide", () => {
  it("has every function of the metadata, in its order, with both names and help", async () => {
    const data = await metadata();
    const guides = functionGuides(data, functionExamples);
    expect(guides.map((g) => g.id)).toEqual(data.en.functions.map((fn) => fn.id));
    for (const guide of guides) {
      expect(guide.name.en).toMatch(/^FINSAM\.[A-Z.]+$/);
      expect(guide.name.sv).toMatch(/^FINSAM\.[A-Z.]+$/);
      expect(guide.description.sv).not.toBe("");
      guide.parameters.forEach((p) => expect(p.description.sv).not.toBe(""));
    }
  });

  it("names the parameters as each language's Excel shows them in the formula tooltip", async () => {
    const guides = functionGuides(await metadata(), functionExamples);
    const fee = guides.find((g) => g.id === "MEMBERFEE")!;
    expect(fee.parameters.map((p) => p.name.sv)).toEqual(["belopp", "medlem", "medlemmar", "befolkning", "decimaler"]);
    expect(fee.parameters.map((p) => p.name.en)).toEqual(["total", "member", "members", "populations", "decimals"]);
  });

  it("writes examples in Excel's invariant notation for inserting, and as Swedish Excel shows them", () => {
    const data = {
      en: { functions: [{ id: "X", name: "X", parameters: [] }] },
      sv: { functions: [{ id: "X", name: "IKS", parameters: [] }] },
    };
    const [guide] = functionGuides(data, [
      {
        id: "X",
        args: [
          0.5,
          'a"b',
          true,
          [
            [1, 2],
            [3, 4],
          ],
        ],
        result: [[1.5], [2]],
      },
    ]);
    expect(guide.example?.formula).toEqual({
      en: '=FINSAM.X(0.5,"a""b",TRUE,{1,2;3,4})',
      sv: '=FINSAM.IKS(0.5,"a""b",TRUE,{1,2;3,4})',
    });
    expect(guide.example?.shown.sv).toBe('=FINSAM.IKS(0,5;"a""b";SANT;{1\\2;3\\4})');
    // The result as the cells it spills into show it: a decimal comma, two decimals where there are any.
    expect(guide.example?.result.sv).toEqual([["1,50"], ["2"]]);
    expect(guide.example?.result.en).toEqual([["1.50"], ["2"]]);
  });

  it("lists a function that has no worked example yet, without an Insert", () => {
    const data = { en: { functions: [{ id: "NEW", name: "NEW", parameters: [] }] }, sv: { functions: [] } };
    const [guide] = functionGuides(data, functionExamples);
    expect(guide.example).toBeUndefined();
    expect(guide.name.sv).toBe("FINSAM.NEW");
  });
});
