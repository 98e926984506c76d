import { Field, makeStyles } from "@fluentui/react-components";

/** A file the user chose: its name and its bytes, read in full (SIE files are small). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const useStyles = makeStyles({
  file: { minWidth: 0, maxWidth: "100%" },
});

/** The browser's own file input for an SIE file, labelled as a Fluent field, handing back the chosen file's bytes. */
export function SieFileField({
  label,
  hint,
  onChosen,
}: {
  label: string;
  hint?: string;
  onChosen: (file: ChosenFile | undefined) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint}>
      {(fieldProps) => (
        <input
          {...fieldProps}
          className={styles.file}
          type="file"
          accept=".se,.si,.sie,.txt"
          onChange={async (event) => {
            const chosen = event.currentTarget.files?.[0];
            onChosen(chosen && { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
          }}
        />
      )}
    </Field>
  );
}
