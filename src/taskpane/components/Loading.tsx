import type { Texts } from "../i18n/strings";
import { useTypography } from "./typography";

/** What shows while a view or a step is loaded: a word in a live region, lighter on the first paint than a Spinner. */
export function Loading({ t }: { t: Texts }) {
  return (
    <p className={useTypography().body1} role="status">
      {t.loading}
    </p>
  );
}
