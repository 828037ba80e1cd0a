/**
 * Bench page entry: the same five histograms drawn with recharts, as a developer would write them from its
 * docs: one fixed-size `BarChart` per item (no ResponsiveContainer, so no resize observer decides the size),
 * grid, both axes, value labels on the bars, a tooltip, animation off, and one shared count axis.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { registerCandidate, type PageCandidate } from "./page.js";
import type { PeerPanel, ScoringBenchData } from "./protocol.js";

const BAR_COLOUR = "#00558f";
/** The shared count axis ends on a round ten, as ours does (d3 `nice()`). */
const niceMax = (count: number): number => Math.ceil(count / 10) * 10;
const grid = { display: "grid", gap: "1.5rem" } as const;
const heading = { margin: "0 0 0.5rem", fontSize: "1.0625rem" } as const;

function Panel({ panel, data }: { readonly panel: PeerPanel; readonly data: ScoringBenchData }) {
  const { width, height } = data.panelSize;
  return (
    <section>
      <h4 style={heading}>{panel.title}</h4>
      <BarChart
        width={width}
        height={height}
        data={[...panel.bins]}
        margin={{ top: 20, right: 10, bottom: 0, left: -10 }}
      >
        <CartesianGrid vertical={false} stroke="#d0d5db" />
        <XAxis dataKey="label" tickLine={false} />
        <YAxis allowDecimals={false} domain={[0, niceMax(data.maxCount)]} />
        <Tooltip
          formatter={(value) => [`${String(value)} ledningar`, "Antal"]}
          labelFormatter={(label) => `Värde ${String(label)}`}
        />
        <Bar dataKey="count" fill={BAR_COLOUR} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" fontSize={11} />
        </Bar>
      </BarChart>
    </section>
  );
}

/** Recharts' small multiples, in a grid of the same column width as ours. */
export const recharts: PageCandidate = {
  name: "recharts",
  element: (data) => (
    <figure style={{ margin: 0, fontFamily: "system-ui, sans-serif" }}>
      <figcaption style={heading}>Svarsfördelning per påstående</figcaption>
      <div style={{ ...grid, gridTemplateColumns: `repeat(auto-fill, ${data.panelSize.width}px)` }}>
        {data.panels.map((panel) => (
          <Panel key={panel.itemId} panel={panel} data={data} />
        ))}
      </div>
    </figure>
  ),
  // Recharts draws a path for every bin with a count; an empty bin has no shape.
  expectedBars: (data) => data.panels.reduce((sum, panel) => sum + panel.bins.filter((bin) => bin.count > 0).length, 0),
  countBars: (container) => container.querySelectorAll(".recharts-bar-rectangle path").length,
};

registerCandidate(recharts);
