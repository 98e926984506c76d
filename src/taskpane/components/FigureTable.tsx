import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // A data table may scroll sideways in a narrow pane (WCAG 1.4.10's exception); the page itself does not.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto" },
  // Narrow padding and labels that may break inside a long word, so that a 320 px pane keeps three columns.
  label: { overflowWrap: "anywhere", hyphens: "auto", paddingLeft: "2px", paddingRight: "4px" },
  figure: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    paddingLeft: "4px",
    paddingRight: "2px",
  },
  // A figure's header may wrap, so that the figures, not their words, set the columns' widths.
  figureHeading: { textAlign: "end" },
  figureHeader: { justifyContent: "flex-end", textAlign: "end" },
  total: { fontWeight: "bold" },
});

export interface FigureRow {
  readonly label: ReactNode;
  readonly figures: readonly string[];
  /** A total row, in bold. */
  readonly total?: boolean;
}

/** A small table of figures: a label column, then figures aligned to the right, in a region that may scroll. */
export function FigureTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  /** The label column's header, then the figures'. */
  headers: readonly string[];
  rows: readonly FigureRow[];
}) {
  const styles = useStyles();
  const [labelHeader, ...figureHeaders] = headers;
  return (
    // Focusable, so that a keyboard can scroll it (axe: scrollable-region-focusable).
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <Table size="small" className={styles.table} aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{labelHeader}</TableHeaderCell>
            {figureHeaders.map((header) => (
              <TableHeaderCell
                key={header}
                className={styles.figureHeading}
                button={{ className: styles.figureHeader }}
              >
                {header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => {
            const bold = row.total ? styles.total : undefined;
            return (
              <TableRow key={i}>
                <TableCell className={mergeClasses(styles.label, bold)}>{row.label}</TableCell>
                {row.figures.map((figure, k) => (
                  <TableCell key={k} className={mergeClasses(styles.figure, bold)}>
                    {figure}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
