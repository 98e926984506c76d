import { Body1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  pair: { display: "contents" },
});

/** Terms and their values, two columns that shrink with the pane: what a file holds, what the accounts show. */
export function FactList({ facts }: { facts: readonly (readonly [string, string])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt>
            <Body1>{term}</Body1>
          </dt>
          <dd>
            <Body1>{value}</Body1>
          </dd>
        </div>
      ))}
    </dl>
  );
}
