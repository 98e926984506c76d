import { Body1, Image, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { sv } from "./i18n/sv";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export default function App() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Image src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title3 as="h1">{sv.appTitle}</Title3>
      </header>
      <main className={styles.main}>
        <Body1>{sv.intro}</Body1>
      </main>
    </div>
  );
}
