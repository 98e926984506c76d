import {
  Image,
  Label,
  makeStyles,
  Select,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import type { PaneAdapters } from "./adapters";
import { type Language, LANGUAGES, texts } from "./i18n/strings";
import { fetchMetadata } from "./logic/function-guide";
import { type Pane, PaneContext } from "./pane-context";

// Each view is its own chunk: the first paint needs only this shell.
const NewPlanView = lazy(() => import(/* webpackChunkName: "view-new-plan" */ "./views/NewPlanView"));
const MyFeeView = lazy(() => import(/* webpackChunkName: "view-my-fee" */ "./views/MyFeeView"));
const ScenariosView = lazy(() => import(/* webpackChunkName: "view-scenarios" */ "./views/ScenariosView"));
const FunctionsView = lazy(() => import(/* webpackChunkName: "view-functions" */ "./views/FunctionsView"));
const FollowUpView = lazy(() => import(/* webpackChunkName: "view-follow-up" */ "./views/FollowUpView"));
const ReviewView = lazy(() => import(/* webpackChunkName: "view-review" */ "./views/ReviewView"));

export type ViewId = "newPlan" | "myFee" | "scenarios" | "followUp" | "functions" | "review";
const VIEWS: readonly {
  id: ViewId;
  label: "viewNewPlan" | "viewMyFee" | "viewScenarios" | "viewFollowUp" | "viewFunctions" | "viewReview";
}[] = [
  { id: "newPlan", label: "viewNewPlan" },
  { id: "myFee", label: "viewMyFee" },
  { id: "scenarios", label: "viewScenarios" },
  { id: "followUp", label: "viewFollowUp" },
  { id: "functions", label: "viewFunctions" },
  { id: "review", label: "viewReview" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1 },
  languageGroup: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  language: { minWidth: "7em" },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    paddingInline: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
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
  const [language, setLanguage] = useState(initialLanguage);
  const [view, setView] = useState<ViewId>(initialView);
  const pane = useMemo(
    () => ({ adapters, language, t: texts(language), loadMetadata }),
    [adapters, language, loadMetadata],
  );
  const { t } = pane;
  const languageId = useId("language");
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <PaneContext.Provider value={pane}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Image src="assets/icon-32.png" alt="" width={32} height={32} />
          <Title3 as="h1" className={styles.title}>
            {t.appTitle}
          </Title3>
          {/* Label and Select rather than Field: Field's validation icons would weigh on the first load. */}
          <div className={styles.languageGroup}>
            <Label htmlFor={languageId} size="small">
              {t.language}
            </Label>
            <Select
              id={languageId}
              className={styles.language}
              size="small"
              value={language}
              onChange={(_, data) => setLanguage(data.value as Language)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {texts(code).languageName}
                </option>
              ))}
            </Select>
          </div>
        </header>
        <nav aria-label={t.views}>
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as ViewId)}
          >
            {VIEWS.map(({ id, label }) => (
              <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
                {t[label]}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.main} id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`}>
          <Suspense fallback={<Spinner size="small" label={t.loading} />}>
            {view === "newPlan" && <NewPlanView />}
            {view === "myFee" && <MyFeeView />}
            {view === "scenarios" && <ScenariosView />}
            {view === "followUp" && <FollowUpView />}
            {view === "functions" && <FunctionsView />}
            {view === "review" && <ReviewView />}
          </Suspense>
        </main>
      </div>
    </PaneContext.Provider>
  );
}
