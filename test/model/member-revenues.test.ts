import { memberRevenues } from "../../src/model/member-revenues";
import { sum } from "../../src/model/money";
import { examplePlan } from "../fixtures/example-plan";

describe("the members' contributions of a year, for the notes (docs/domain.md rules 1 and 2)", () => {
  const plan = examplePlan();

  it("gives the state half, the region a quarter and the municipalities the rest, adding up to the year's contribution", () => {
    const year = plan.budgetYear + plan.planYears;
    const parties = memberRevenues(plan, year)!;
    const contribution = plan.memberContributions[plan.planYears];
    expect(parties.map((p) => p.party)).toEqual(["state", "region", ...plan.members.map(() => "municipality")]);
    expect(parties[0].amount.toNumber()).toBe(contribution / 2);
    expect(parties[1].amount.toNumber()).toBe(contribution / 4);
    expect(sum(parties.slice(2).map((p) => p.amount)).toNumber()).toBe(contribution / 4);
    expect(sum(parties.map((p) => p.amount)).toNumber()).toBe(contribution);
  });

  it("has nothing to say of a year the plan does not cover", () => {
    expect(memberRevenues(plan, plan.budgetYear - 1)).toBeUndefined();
    expect(memberRevenues(plan, plan.budgetYear + plan.planYears + 1)).toBeUndefined();
  });
});
