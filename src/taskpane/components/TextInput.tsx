import { Input, type InputProps } from "@fluentui/react-components";
import { useShrinkingStyles } from "./shrinking";

/** Fluent's Input, shrinking with the pane. */
export function TextInput(props: InputProps) {
  const styles = useShrinkingStyles();
  return <Input {...props} className={styles.root} input={{ className: styles.control }} />;
}
