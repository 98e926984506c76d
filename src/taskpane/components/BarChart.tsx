import { makeStyles, tokens } from "@fluentui/react-components";
import type { Money } from "../../model/money";

/*
 * A horizontal bar chart in SVG with Fluent's colours: narrow panes have room
 * for long labels on the left and bars beside them. Lengths are geometry, so
 * they may be floating point; the figures printed are the model's.
 */

export interface Bar {
  readonly label: string;
  readonly value: Money;
  /** The figure as printed beside the bar. */
  readonly shown: string;
  readonly highlighted?: boolean;
}

const ROW = 22;
const LABEL = 38; // per cent of the width for labels
const VALUE = 30; // per cent for the printed figure

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalS,
  },
  svg: { width: "100%", overflow: "visible" },
  // In forced colours the browser repaints backgrounds and text but not SVG fills: use the system colours there.
  label: {
    fill: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  bar: { fill: tokens.colorBrandBackground, "@media (forced-colors: active)": { fill: "CanvasText" } },
  highlighted: {
    fill: tokens.colorPaletteDarkOrangeBackground3,
    "@media (forced-colors: active)": { fill: "Highlight" },
  },
  axis: { stroke: tokens.colorNeutralStroke1, "@media (forced-colors: active)": { stroke: "CanvasText" } },
});

export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const styles = useStyles();
  const values = bars.map((bar) => bar.value.toNumber());
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const plot = 100 - LABEL - VALUE;
  const x = (value: number) => LABEL + ((value - low) / span) * plot;
  const height = bars.length * ROW;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg
        className={styles.svg}
        height={height}
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.shown}`).join(", ")}`}
      >
        {bars.map((bar, i) => {
          const [from, to] = [x(Math.min(0, values[i])), x(Math.max(0, values[i]))];
          const y = i * ROW;
          return (
            <g key={bar.label}>
              <text
                className={styles.label}
                x={`${LABEL - 2}%`}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {bar.label}
              </text>
              <rect
                className={bar.highlighted ? styles.highlighted : styles.bar}
                x={`${from}%`}
                y={y + 3}
                width={`${Math.max(to - from, 0.5)}%`}
                height={ROW - 6}
              />
              <text className={styles.label} x={`${LABEL + plot + 2}%`} y={y + ROW / 2} dominantBaseline="middle">
                {bar.shown}
              </text>
            </g>
          );
        })}
        <line className={styles.axis} x1={`${x(0)}%`} x2={`${x(0)}%`} y1={0} y2={height} />
      </svg>
    </figure>
  );
}
