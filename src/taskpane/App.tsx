import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import type { PaneAdapters } from "./adapters";
import { Loading } from "./components/Loading";
import { useTypography } from "./components/typography";
import { ViewNav } from "./components/ViewNav";
import { type Language, LANGUAGES, texts } from "./i18n/strings";
import { type Pane, PaneContext } from "./pane-context";
import { newPaneStore } from "./pane-store";

// Each view is its own chunk: the first paint needs only this shell.
const NewPlanView = lazy(() => import(/* webpackChunkName: "view-new-plan" */ "./views/NewPlanView"));
const MyFeeView = lazy(() => import(/* webpackChunkName: "view-my-fee" */ "./views/MyFeeView"));
const ScenariosView = lazy(() => import(/* webpackChunkName: "view-scenarios" */ "./views/ScenariosView"));
const FunctionsView = lazy(() => import(/* webpackChunkName: "view-functions" */ "./views/FunctionsView"));
const FollowUpView = lazy(() => import(/* webpackChunkName: "view-follow-up" */ "./views/FollowUpView"));
const ReviewView = lazy(() => import(/* webpackChunkName: "view-review" */ "./views/ReviewView"));
const AccountsView = lazy(() => import(/* webpackChunkName: "view-accounts" */ "./views/AccountsView"));
/** The build's function metadata, with the code that reads it loaded when Funktioner first asks. */
const fetchMetadata = async () =>
  (await import(/* webpackChunkName: "view-functions" */ "./logic/function-guide")).fetchMetadata();

export type ViewId = "newPlan" | "myFee" | "scenarios" | "followUp" | "functions" | "review" | "accounts";
const VIEWS: readonly {
  id: ViewId;
  label:
    "viewNewPlan" | "viewMyFee" | "viewScenarios" | "viewFollowUp" | "viewFunctions" | "viewReview" | "viewAccounts";
}[] = [
  { id: "newPlan", label: "viewNewPlan" },
  { id: "myFee", label: "viewMyFee" },
  { id: "scenarios", label: "viewScenarios" },
  { id: "followUp", label: "viewFollowUp" },
  { id: "functions", label: "viewFunctions" },
  { id: "review", label: "viewReview" },
  { id: "accounts", label: "viewAccounts" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // One line: the icon, the title and the language switch, so that the views get the room.
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { flexGrow: 1, margin: 0 },
  // At 200 % zoom the title needs the icon's room to stay beside the language switch.
  icon: { "@media (max-width: 240px)": { display: "none" } },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export interface AppProps {
  readonly adapters: PaneAdapters;
  readonly initialLanguage: Language;
  readonly initialView?: ViewId;
  /** The custom functions' metadata; by default the build's files, fetched from the pane's origin. */
  readonly loadMetadata?: Pane["loadMetadata"];
}

export default function App({
  adapters,
  initialLanguage,
  initialView = "newPlan",
  loadMetadata = fetchMetadata,
}: AppProps) {
  const styles = useStyles();
  const typography = useTypography();
  const [language, setLanguage] = useState(initialLanguage);
  const [view, setView] = useState<ViewId>(initialView);
  const [store] = useState(newPaneStore);
  const pane = useMemo(
    () => ({ adapters, language, t: texts(language), loadMetadata, store }),
    [adapters, language, loadMetadata, store],
  );
  const { t } = pane;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <PaneContext.Provider value={pane}>
      <div className={styles.root}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" alt="" width={24} height={24} className={styles.icon} />
          <h1 className={mergeClasses(typography.subtitle1, styles.title)}>{t.appTitle}</h1>
          {/* The other language, named in itself: one button takes less of the line than a choice of two. */}
          <div role="group" aria-label={t.language}>
            {LANGUAGES.filter((code) => code !== language).map((code) => (
              <Button key={code} lang={code} size="small" appearance="subtle" onClick={() => setLanguage(code)}>
                {texts(code).languageName}
              </Button>
            ))}
          </div>
        </header>
        <ViewNav
          label={t.views}
          more={{ label: t.moreViews, word: t.more }}
          views={VIEWS.map(({ id, label }) => ({ id, label: t[label] }))}
          current={view}
          onSelect={setView}
        />
        <main className={styles.main} id="view" aria-labelledby={`view-${view}`}>
          <Suspense fallback={<Loading t={t} />}>
            {view === "newPlan" && <NewPlanView />}
            {view === "myFee" && <MyFeeView />}
            {view === "scenarios" && <ScenariosView />}
            {view === "followUp" && <FollowUpView />}
            {view === "functions" && <FunctionsView />}
            {view === "review" && <ReviewView />}
            {view === "accounts" && <AccountsView />}
          </Suspense>
        </main>
      </div>
    </PaneContext.Provider>
  );
}
