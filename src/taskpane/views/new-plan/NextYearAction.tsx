import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlanInput } from "../../../model/plan";
import { describePlanReadProblem, PlanReadError } from "../../../review/plan-reader";
import { nextYearTable } from "../../i18n/next-year";
import { useViewTexts } from "../../i18n/use-view-texts";
import { nextYearDraft } from "../../logic/next-year-draft";
import { messageOf, usePane } from "../../pane-context";

/**
 * *Nästa års plan*, once chosen: reads the plan in the workbook as Granska
 * does (two syncs), makes next year's plan of it, and hands it to the wizard
 * with a note saying where its opening equity came from and what to update
 * (the wizard asks before it replaces what the user typed). Loaded when
 * chosen, with its reader and texts, not with Ny plan's first step.
 */
export default function NextYearAction({
  onLoad,
  onDone,
}: {
  onLoad: (plan: PlanInput, note: string) => void;
  onDone: () => void;
}) {
  const {
    adapters: { reviewReader },
    language,
  } = usePane();
  const t = useViewTexts(nextYearTable);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let current = true;
    const fail = (error: unknown) => {
      if (!current) return;
      if (!(error instanceof PlanReadError)) return setProblem(t.unreadable(messageOf(error, language)));
      const { problem } = error;
      setProblem(problem.code === "not-a-plan" ? t.noPlan : t.unreadable(describePlanReadProblem(problem, language)));
    };
    reviewReader
      .readWorkbook()
      .then((workbook) => {
        if (!current) return;
        const { plan, summary } = nextYearDraft(workbook, language);
        onLoad(plan, t.loaded(plan.budgetYear, plan.budgetYear + plan.planYears, summary));
        onDone();
      })
      .catch(fail);
    return () => {
      current = false;
    };
    // Read once, when chosen: the plan is the workbook's as it was then.
  }, []);

  return problem ? (
    <MessageBar intent="error">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  ) : (
    <Spinner size="small" label={t.readingPlan} />
  );
}
