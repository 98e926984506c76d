import { Textarea, type TextareaProps } from "@fluentui/react-components";
import { useShrinkingStyles } from "./shrinking";

/** Fluent's Textarea, shrinking with the pane and growing only downwards. Its own module: the first view has none. */
export function TextArea(props: TextareaProps) {
  const styles = useShrinkingStyles();
  return <Textarea resize="vertical" {...props} className={styles.root} textarea={{ className: styles.control }} />;
}
