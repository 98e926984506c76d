import { type InputProps, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useId } from "react";
import { TextInput } from "./TextInput";

/*
 * A required one-line field as Fluent's Field lays it out (label above, message under it, marked invalid while
 * it has one), made of the page's own label and message: Fluent's Field with its Label and validation icons
 * would add ~3 KB gzip to the first paint (Ny plan's first step), whose budget is 120 KB
 * (test/browser/first-paint.spec.ts). The fields of lines and the later views use Fluent's Field.
 */

const useStyles = makeStyles({
  root: { display: "grid" },
  label: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    maxWidth: "max-content",
    paddingBlock: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalXXS,
  },
  required: { color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXXS },
  message: {
    ...typographyStyles.caption1,
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorPaletteRedForeground1,
    overflowWrap: "break-word",
  },
});

export function RequiredField({
  label,
  message,
  ...input
}: { label: string; message?: string; name: string; value: string } & Pick<InputProps, "onChange" | "inputMode">) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {label}
        <span aria-hidden className={styles.required}>
          *
        </span>
      </label>
      <TextInput
        {...input}
        id={id}
        required
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-message` : undefined}
      />
      {message && (
        <div id={`${id}-message`} role="alert" className={styles.message}>
          {message}
        </div>
      )}
    </div>
  );
}
