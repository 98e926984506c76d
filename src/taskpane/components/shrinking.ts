import { makeStyles } from "@fluentui/react-components";

/**
 * Fluent's Input and Textarea, able to shrink with the pane: a native input is
 * about 20 characters wide by default, wider than a task pane at 200 % zoom.
 */
export const useShrinkingStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0, width: "100%" },
});
