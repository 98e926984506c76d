import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { useLayoutStyles } from "../components/layout";
import { Loading } from "../components/Loading";
import { useTypography } from "../components/typography";
import { usePane } from "../pane-context";
import BasicsStep from "./new-plan/BasicsStep";
import { STEPS } from "./new-plan/steps";
import { useWizard } from "./new-plan/use-wizard";

// The first step comes with the view; the others, with their text areas and progress bar, when they are opened.
const MoneyStep = lazy(() => import(/* webpackChunkName: "new-plan-steps" */ "./new-plan/MoneyStep"));
const MembersStep = lazy(() => import(/* webpackChunkName: "new-plan-steps" */ "./new-plan/MembersStep"));
const CostsStep = lazy(() => import(/* webpackChunkName: "new-plan-steps" */ "./new-plan/CostsStep"));
const Note = lazy(() => import(/* webpackChunkName: "new-plan-steps" */ "./new-plan/Note"));
const ReplaceQuestion = lazy(() => import(/* webpackChunkName: "new-plan-steps" */ "./new-plan/ReplaceQuestion"));
const WriteStep = lazy(() => import(/* webpackChunkName: "new-plan-steps" */ "./new-plan/WriteStep"));
const NextYearAction = lazy(() => import(/* webpackChunkName: "new-plan-next-year" */ "./new-plan/NextYearAction"));

const useStyles = makeStyles({
  steps: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Ny plan: a wizard from the association's figures to the template sheets in the workbook. */
export default function NewPlanView() {
  const { t } = usePane();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const typography = useTypography();
  const wizard = useWizard(t);
  const { step, note, go, stepsWithProblems } = wizard;
  // Nästa års plan while it reads or shows why it cannot: each choice a new key, so that the workbook is read afresh.
  const [nextYearChoice, setNextYearChoice] = useState<number>();

  return (
    <div className={layout.stack}>
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={wizard.fillExample}>
          {t.useExample}
        </Button>
        <Button appearance="secondary" onClick={() => setNextYearChoice((n) => (n ?? 0) + 1)}>
          {t.nextYearPlan}
        </Button>
      </div>
      {nextYearChoice !== undefined && (
        <Suspense fallback={<Loading t={t} />}>
          <NextYearAction
            key={nextYearChoice}
            onLoad={(plan, text) => void wizard.load(plan, text)}
            onDone={() => setNextYearChoice(undefined)}
          />
        </Suspense>
      )}
      {wizard.replacing && (
        <Suspense>
          <ReplaceQuestion replacing={wizard.replacing} />
        </Suspense>
      )}
      {note && (
        <Suspense>
          <Note text={note} />
        </Suspense>
      )}
      <nav aria-label={t.wizardSteps}>
        <ol className={styles.steps}>
          {STEPS.map((key, i) => (
            <li key={key}>
              <Button
                size="small"
                appearance={i === step ? "primary" : "subtle"}
                aria-current={i === step ? "step" : undefined}
                onClick={() => go(i)}
              >
                {`${i + 1}. ${t[key]}`}
                {stepsWithProblems.has(i) && ` (${t.stepHasProblems})`}
              </Button>
            </li>
          ))}
        </ol>
      </nav>
      <section className={layout.stack} aria-labelledby="step-heading">
        {/* Focus comes here when the step changes, so that the step is read out and Tab goes on into it. */}
        <h2 className={typography.subtitle2} id="step-heading" tabIndex={-1}>
          {t.stepOf(step + 1, STEPS.length)}: {t[STEPS[step]]}
        </h2>
        <Suspense fallback={<Loading t={t} />}>
          {step === 0 && <BasicsStep wizard={wizard} t={t} />}
          {step === 1 && <MoneyStep wizard={wizard} t={t} />}
          {step === 2 && <MembersStep wizard={wizard} />}
          {step === 3 && <CostsStep wizard={wizard} />}
          {step === 4 && <WriteStep wizard={wizard} />}
        </Suspense>
      </section>
      <div role="status" aria-live="polite">
        {wizard.blocked && <p className={typography.body1}>{wizard.blocked}</p>}
      </div>
      <div className={styles.buttons}>
        {step > 0 && <Button onClick={() => go(step - 1)}>{t.back}</Button>}
        {step < STEPS.length - 1 && (
          <Button appearance="primary" onClick={wizard.next}>
            {t.next}
          </Button>
        )}
      </div>
    </div>
  );
}
