import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState } from "react";

/*
 * The pane's views as one row of buttons in a navigation landmark, the shown one marked aria-current="page"
 * and underlined as a tab would be. The buttons that do not fit the pane's width wrap out of the row (which
 * is one button high and clips the rest) and are offered instead in a native list at the row's end. Not
 * Fluent's TabList or Overflow: they and their arrow-key mover (tabster) would add ~21 KB gzip to the first
 * paint, whose budget is 120 KB (test/browser/first-paint.spec.ts).
 */

const useStyles = makeStyles({
  nav: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    flexGrow: 1,
    minWidth: 0,
    columnGap: tokens.spacingHorizontalXXS,
    // One button high: the buttons that wrap are clipped, and listed in the list of more.
    height: "36px",
    overflow: "hidden",
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  wrapped: { visibility: "hidden" },
  view: {
    height: "36px",
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: 0,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "nowrap",
  },
  current: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
    "@media (forced-colors: active)": { borderBottomColor: "Highlight" },
  },
  // The list of more shows a short word (or the view chosen from it); the native list lies over it, unseen.
  more: {
    position: "relative",
    flexShrink: 0,
    display: "flex",
    alignItems: "center",
    height: "32px",
    paddingInline: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  moreCurrent: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
    "@media (forced-colors: active)": { borderBottomColor: "Highlight" },
  },
  moreList: {
    position: "absolute",
    inset: 0,
    width: "100%",
    opacity: 0,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase300,
  },
});

/** The ids of the row's items that wrapped below its first line. */
function wrappedItems(row: HTMLElement): string[] {
  const items = [...row.children] as HTMLElement[];
  const firstLine = items[0]?.offsetTop ?? 0;
  return items.filter((item) => item.offsetTop > firstLine).map((item) => item.dataset.view ?? "");
}

export function ViewNav<Id extends string>({
  label,
  more,
  views,
  current,
  onSelect,
}: {
  label: string;
  /** The list of the views that did not fit: its name ("Fler vyer") and the word it shows ("Fler"). */
  more: { readonly label: string; readonly word: string };
  views: readonly { readonly id: Id; readonly label: string }[];
  current: Id;
  onSelect: (id: Id) => void;
}) {
  const styles = useStyles();
  const row = useRef<HTMLUListElement>(null);
  const [wrapped, setWrapped] = useState<readonly string[]>([]);

  // The row is measured whenever its width changes (the pane resized or zoomed, the list of more came or went).
  useLayoutEffect(() => {
    const element = row.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const now = wrappedItems(element);
      setWrapped((before) => (before.join() === now.join() ? before : now));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [views]);

  const overflow = views.filter((view) => wrapped.includes(view.id));
  const chosen = overflow.find((view) => view.id === current);
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul ref={row} className={styles.row}>
        {views.map((view) => (
          <li key={view.id} data-view={view.id} className={wrapped.includes(view.id) ? styles.wrapped : undefined}>
            <Button
              id={`view-${view.id}`}
              appearance="transparent"
              className={mergeClasses(styles.view, view.id === current && styles.current)}
              aria-current={view.id === current ? "page" : undefined}
              onClick={() => onSelect(view.id)}
            >
              {view.label}
            </Button>
          </li>
        ))}
      </ul>
      {overflow.length > 0 && (
        <div className={mergeClasses(styles.more, chosen && styles.moreCurrent)}>
          <span aria-hidden>{chosen?.label ?? more.word} ▾</span>
          <select
            aria-label={more.label}
            className={styles.moreList}
            value={chosen?.id ?? ""}
            onChange={(event) => onSelect(event.target.value as Id)}
          >
            <option value="" disabled hidden>
              {more.word}
            </option>
            {overflow.map((view) => (
              <option key={view.id} value={view.id}>
                {view.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </nav>
  );
}
