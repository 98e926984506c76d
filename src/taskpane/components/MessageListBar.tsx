import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** A message bar with a lead sentence and the messages it introduces, one list item each. */
export function MessageListBar({
  intent,
  lead,
  messages,
  testId,
}: {
  intent: "error" | "warning";
  lead: string;
  messages: readonly string[];
  testId: string;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {lead}
        <ul className={styles.list} data-testid={testId}>
          {messages.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
