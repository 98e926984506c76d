import { makeStyles, tokens } from "@fluentui/react-components";

/** The views' one layout: a column with Fluent's spacing between its parts, and no browser margins of its own. */
export const useLayoutStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    "& p, & h2, & h3": { margin: 0 },
  },
  /** A list of cards (functions, findings): no bullets, the stack's spacing between items. */
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});
