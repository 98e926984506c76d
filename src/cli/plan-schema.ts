import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PLAN_SCHEMA } from "../templates/plan-schema";

/** Writes src/templates/plan.schema.json from the model's plan limits (`npm run schema`, which then lays it out with prettier). */
writeFileSync(join(__dirname, "..", "templates", "plan.schema.json"), `${JSON.stringify(PLAN_SCHEMA)}\n`);
