import { Body1 } from "@fluentui/react-components";
import type { Texts } from "../i18n/strings";

/** What shows while a view or a step is loaded: a word in a live region, lighter on the first paint than a Spinner. */
export function Loading({ t }: { t: Texts }) {
  return (
    <Body1 as="p" role="status">
      {t.loading}
    </Body1>
  );
}
