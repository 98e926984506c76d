import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

/** A button's label and what it does. */
export interface Choice {
  readonly label: string;
  readonly onClick: () => void;
}

/**
 * Sheets of the same kind are in the workbook already: nothing is written until the user chooses to
 * replace them (offered only for those the pane wrote last), write new ones beside them, or cancel.
 */
export function ExistingSheetsQuestion({
  question,
  replace,
  beside,
  cancel,
}: {
  question: string;
  replace?: Choice;
  beside: Choice;
  cancel: Choice;
}) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{question}</MessageBarBody>
      <MessageBarActions>
        {[replace, beside, cancel].map(
          (choice) =>
            choice && (
              <Button key={choice.label} onClick={choice.onClick}>
                {choice.label}
              </Button>
            ),
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/** The sheets written, with the undo of that write beside the message. */
export function SheetsWritten({ message, undo }: { message: string; undo: Choice }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={undo.onClick}>{undo.label}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
