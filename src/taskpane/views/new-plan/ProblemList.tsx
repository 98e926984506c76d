import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { newPlanStepsTable } from "../../i18n/new-plan-steps";
import { useViewTexts } from "../../i18n/use-view-texts";
import { fieldLabel, STEPS, stepOfField } from "./steps";
import type { Wizard } from "./use-wizard";

const useStyles = makeStyles({
  // A link per problem, one under the other: a wrapped button puts a list's bullet at its last line.
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    listStyleType: "none",
  },
  link: { display: "block", textAlign: "start", overflowWrap: "anywhere" },
});

/** Every problem of the plan at once, each naming its step, field and line, a link to the field. */
export function ProblemList({ wizard }: { wizard: Wizard }) {
  const t = useViewTexts(newPlanStepsTable);
  const styles = useStyles();
  const { problems, form, goToProblem } = wizard;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.problemsHeading(problems.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((problem, i) => {
            const step = stepOfField(problem.field, form);
            return (
              <li key={i}>
                <Link as="button" className={styles.link} onClick={() => goToProblem(problem)}>
                  {t.problemAt(step + 1, t[STEPS[step]], fieldLabel(problem.field, t, form), problem.message)}
                </Link>
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
