import { Input, type InputProps, makeStyles, Textarea, type TextareaProps } from "@fluentui/react-components";

/*
 * Fluent's Input and Textarea, able to shrink with the pane: a native input is
 * about 20 characters wide by default, wider than a task pane at 200 % zoom.
 */

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0, width: "100%" },
});

export function TextInput(props: InputProps) {
  const styles = useStyles();
  return <Input {...props} className={styles.root} input={{ className: styles.control }} />;
}

export function TextArea(props: TextareaProps) {
  const styles = useStyles();
  return <Textarea resize="vertical" {...props} className={styles.root} textarea={{ className: styles.control }} />;
}
