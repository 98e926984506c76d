import { makeStyles, tokens } from "@fluentui/react-components";

/** The views' one layout: a column with Fluent's spacing between its parts, and no browser margins of its own. */
export const useLayoutStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    "& p, & h2, & h3": { margin: 0 },
  },
});
