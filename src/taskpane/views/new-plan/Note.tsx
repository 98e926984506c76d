import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A note for the user (the example filled in, members read): loaded when there is one, not with the first step. */
export default function Note({ text }: { text: string }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
