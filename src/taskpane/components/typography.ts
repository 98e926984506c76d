import { makeStyles, typographyStyles } from "@fluentui/react-components";

/**
 * Fluent's type ramp on the page's own elements, for what the first paint shows (the pane's title, Ny plan's step
 * heading, the loading line): Fluent's Text components would bring their shared base (~1 KB gzip) for what is only
 * a font. The views that come later use the components.
 */
export const useTypography = makeStyles({
  subtitle1: typographyStyles.subtitle1,
  subtitle2: typographyStyles.subtitle2,
  body1: typographyStyles.body1,
});
