import { SUPPORT_COST_PER_PERSON_YEAR } from "../model/measures";
import { PLAN_LIMITS } from "../model/plan-rules";

/*
 * The plan file's JSON Schema, built from the model's limits so that the schema
 * an editor checks as you type and the wizard's checks cannot drift apart.
 * plan.schema.json is this object written out (`npm run schema`; a test
 * compares the two).
 */

const { firstYear, lastYear, maxPlanYears, maxAmount, maxPopulation, maxMembers, maxRows, maxInterventions } =
  PLAN_LIMITS;
const ref = (definition: string) => ({ $ref: `#/definitions/${definition}` });
const described = (definition: string, description: string) => ({ ...ref(definition), description });
const wholeNumber = (minimum: number, maximum: number) => ({ type: "integer", minimum, maximum });
const arrayOf = (items: object, maxItems: number) => ({ type: "array", maxItems, items });
/** An object with exactly these properties: `properties` required, `optional` not. */
const closedObject = (
  properties: Record<string, object>,
  description?: string,
  optional: Record<string, object> = {},
) => ({
  type: "object",
  additionalProperties: false,
  ...(description === undefined ? {} : { description }),
  required: Object.keys(properties),
  properties: { ...properties, ...optional },
});
/** Grouped with plain spaces, as the rest of the schema's text. */
const kronor = String(SUPPORT_COST_PER_PERSON_YEAR).replace(/\B(?=(\d{3})+$)/g, " ");

export const PLAN_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://finsam-planner.example.se/plan.schema.json",
  title: "Finsam Planner plan",
  description:
    "A samordningsförbund's verksamhetsplan och budget with its ekonomisk plan. Amounts in whole kronor; costs as amounts spent (positive); every per-year list has one amount per year, the budget year first.",
  type: "object",
  additionalProperties: false,
  required: [
    "association",
    "region",
    "budgetYear",
    "planYears",
    "memberContributions",
    "stateOffer",
    "equityGuideline",
    "supportCostPerPerson",
    "openingEquity",
    "members",
    "otherRevenues",
    "costs",
    "interventions",
    "followUp",
  ],
  properties: {
    $schema: { type: "string" },
    association: described("text", "The association's name."),
    region: described("text", "The member region, e.g. Region Sörmland."),
    budgetYear: described("year", "The year the budget is for."),
    planYears: { ...wholeNumber(0, maxPlanYears), description: "Plan years after the budget year." },
    memberContributions: described(
      "amounts",
      "Total member contribution per year (state, region and municipalities together).",
    ),
    stateOffer: described("amount", "The allocation the state offers for the budget year."),
    equityGuideline: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "Equity ceiling as a share of the yearly contributions (0.2 = 20 %).",
    },
    supportCostPerPerson: described("amount", `Yearly cost of public support per person (${kronor} kr for Sörmland).`),
    openingEquity: { ...wholeNumber(-maxAmount, maxAmount), description: "Equity at the start of the budget year." },
    members: {
      type: "array",
      minItems: 1,
      maxItems: maxMembers,
      description: "The member municipalities with their population 16–64 (SCB, 1 November the year before).",
      items: closedObject({ name: ref("text"), population: wholeNumber(0, maxPopulation) }, undefined, {
        addressee: described(
          "text",
          'Whom the budget request is addressed to, e.g. "Vingåkers kommun"; the name when left out.',
        ),
      }),
    },
    otherRevenues: arrayOf(ref("row"), maxRows),
    costs: arrayOf(ref("row"), maxRows),
    interventions: arrayOf(
      {
        type: "object",
        additionalProperties: false,
        required: ["label", "owner", "amounts"],
        properties: {
          label: ref("text"),
          owner: ref("text"),
          amounts: ref("amounts"),
          decidedTotal: described(
            "amount",
            "A board decision for a period that may span years: its total. The amounts per year are then its share of each year, by calendar months, a partial month by its days.",
          ),
          decidedFrom: described("date", "The decided period's first day."),
          decidedTo: described("date", "The decided period's last day."),
        },
      },
      maxInterventions,
    ),
    followUp: closedObject({
      year: ref("year"),
      asOf: described("date", "The follow-up date, e.g. 30 April."),
      interventions: arrayOf(
        closedObject({
          name: ref("text"),
          owner: ref("text"),
          start: ref("date"),
          end: ref("date"),
          budget: wholeNumber(1, maxAmount),
          outcome: wholeNumber(-maxAmount, maxAmount),
        }),
        maxInterventions,
      ),
    }),
    scenarios: closedObject(
      {
        otherRevenuesEndYear: described(
          "year",
          "From this year on the other revenues (ESF money and the like) are gone.",
        ),
        newIntervention: closedObject({
          label: ref("text"),
          amount: described("amount", "Its cost per year."),
          fromYear: ref("year"),
        }),
        stoppedIntervention: closedObject({
          label: {
            type: "string",
            maxLength: PLAN_LIMITS.maxTextLength,
            description: "The intervention's label, as in interventions.",
          },
          fromYear: ref("year"),
        }),
      },
      "What the Scenarier sheet varies (each editable there). Without it: the other revenues end, a new intervention of 1 000 000 a year starts and the first intervention stops, each the year after the budget year.",
    ),
  },
  definitions: {
    text: { type: "string", pattern: "\\S", maxLength: PLAN_LIMITS.maxTextLength },
    year: wholeNumber(firstYear, lastYear),
    date: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
    amount: wholeNumber(0, maxAmount),
    amounts: { type: "array", minItems: 1, maxItems: maxPlanYears + 1, items: ref("amount") },
    row: {
      type: "object",
      required: ["label", "amounts"],
      properties: { label: ref("text"), owner: true, amounts: ref("amounts") },
      additionalProperties: false,
    },
  },
};
