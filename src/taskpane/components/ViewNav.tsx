import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/*
 * The pane's views as a row of buttons in a navigation landmark, the shown one
 * marked aria-current="page" and underlined as a tab would be. Not Fluent's
 * TabList: it and its arrow-key mover (tabster) would add ~21 KB gzip to the
 * first paint, whose budget is 120 KB (test/browser/first-paint.spec.ts).
 */

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXS,
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    listStyleType: "none",
    margin: 0,
  },
  view: {
    borderRadius: 0,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    fontWeight: tokens.fontWeightRegular,
  },
  current: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
    "@media (forced-colors: active)": { borderBottomColor: "Highlight" },
  },
});

export function ViewNav<Id extends string>({
  label,
  views,
  current,
  onSelect,
}: {
  label: string;
  views: readonly { readonly id: Id; readonly label: string }[];
  current: Id;
  onSelect: (id: Id) => void;
}) {
  const styles = useStyles();
  return (
    <nav aria-label={label}>
      <ul className={styles.nav}>
        {views.map((view) => (
          <li key={view.id}>
            <Button
              id={`view-${view.id}`}
              appearance="transparent"
              className={mergeClasses(styles.view, view.id === current && styles.current)}
              aria-current={view.id === current ? "page" : undefined}
              onClick={() => onSelect(view.id)}
            >
              {view.label}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
