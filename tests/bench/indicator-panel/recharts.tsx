/**
 * Bench page entry: the same indicators drawn with recharts 3 as small multiples, as a developer would write them
 * from its docs: under each delmål's heading one fixed-size `LineChart` per indicator (no ResponsiveContainer, so
 * no resize observer decides the size), a horizontal grid, both axes, a tooltip, animation off, and a `Line` per
 * organisation: the 15 municipalities thin and muted, the county and the country bold with a direct label at
 * their last point. A missing value is a gap (`connectNulls={false}`); a preliminary one a hollow point.
 */
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { registerPanelCandidate, type PanelCandidate } from "./page.js";
import type { PeerIndicator, PeerPanelData, PeerSeries } from "./protocol.js";

const MUTED = "#a3adb8";
const COUNTY = "#00558f";
const COUNTRY = "#1f2933";
const grid = { display: "grid", gap: "1rem" } as const;
const heading = { margin: "0 0 0.25rem", fontSize: "0.9375rem" } as const;

interface DotProps {
  readonly cx?: number | undefined;
  readonly cy?: number | undefined;
  readonly index?: number | undefined;
  readonly payload?: Readonly<Record<string, unknown>> | undefined;
}

/** A point of a series with preliminary values: hollow where preliminary, filled (bold lines) or none elsewhere. */
function dotOf(series: PeerSeries, preliminary: ReadonlySet<string>, colour: string) {
  // recharts calls this for every point; an element is expected back, so a point without a mark is an empty group.
  return function Dot({ cx, cy, index, payload }: DotProps) {
    const key = `${series.key}-${index ?? 0}`;
    if (cx === undefined || cy === undefined || payload?.[series.key] === null) return <g key={key} />;
    if (preliminary.has(`${series.key}|${String(payload?.year)}`))
      return <circle key={key} cx={cx} cy={cy} r={3} fill="#fff" stroke={colour} strokeWidth={1.5} />;
    return series.emphasis ? <circle key={key} cx={cx} cy={cy} r={2} fill={colour} /> : <g key={key} />;
  };
}

interface LabelProps {
  readonly x?: number | string | undefined;
  readonly y?: number | string | undefined;
  readonly index?: number | undefined;
}

/** The county's and the country's name at their last point (a direct label, as ours has). */
function labelOf(series: PeerSeries, last: number, colour: string) {
  return function DirectLabel({ x, y, index }: LabelProps) {
    if (index !== last || x === undefined || y === undefined) return <g key={`${series.key}-label-${index ?? 0}`} />;
    return (
      <text key={`${series.key}-label`} x={Number(x) + 4} y={Number(y)} dy={4} fontSize={10} fill={colour}>
        {series.name}
      </text>
    );
  };
}

function Chart({ indicator, data }: { readonly indicator: PeerIndicator; readonly data: PeerPanelData }) {
  const preliminary = new Set(indicator.preliminary);
  const withPreliminary = new Set(indicator.preliminary.map((entry) => entry.split("|")[0]));
  const last = indicator.rows.length - 1;
  return (
    <section>
      <h4 style={heading}>{indicator.title}</h4>
      <LineChart
        width={data.chart.width}
        height={data.chart.height}
        data={[...indicator.rows]}
        margin={{ top: 8, right: 48, bottom: 0, left: -16 }}
      >
        <CartesianGrid vertical={false} stroke="#d0d5db" />
        <XAxis dataKey="year" tickLine={false} fontSize={10} />
        <YAxis fontSize={10} domain={["auto", "auto"]} />
        <Tooltip formatter={(value) => [`${String(value)} ${indicator.unit}`]} />
        {data.series.map((series) => {
          const colour = !series.emphasis ? MUTED : series.name === "Riket" ? COUNTRY : COUNTY;
          return (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.name}
              stroke={colour}
              strokeWidth={series.emphasis ? 2.5 : 1}
              connectNulls={false}
              isAnimationActive={false}
              dot={
                withPreliminary.has(series.key)
                  ? dotOf(series, preliminary, colour)
                  : series.emphasis
                    ? { r: 2 }
                    : false
              }
              label={series.emphasis ? labelOf(series, last, colour) : false}
            />
          );
        })}
      </LineChart>
      <p style={{ margin: 0, fontSize: "0.75rem" }}>{indicator.unit}</p>
    </section>
  );
}

function Panel({ data }: { readonly data: PeerPanelData }) {
  return (
    <div style={{ fontFamily: "system-ui, sans-serif" }}>
      {data.goals.map((goal) => (
        <section key={goal.id}>
          <h3 style={{ fontSize: "1.0625rem" }}>{goal.title}</h3>
          <div style={{ ...grid, gridTemplateColumns: `repeat(auto-fill, ${data.chart.width}px)` }}>
            {goal.indicators.map((indicator) => (
              <Chart key={indicator.id} indicator={indicator} data={data} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** Recharts' small multiples: 20 `LineChart`s of 17 `Line`s each. */
export const recharts: PanelCandidate<PeerPanelData> = {
  mount(host, data) {
    const root = createRoot(host);
    flushSync(() => root.render(<Panel data={data} />));
    const expectedCharts = data.goals.reduce((sum, goal) => sum + goal.indicators.length, 0);
    const lines = () => host.querySelectorAll(".recharts-line-curve").length;
    const charts = () => host.querySelectorAll("svg.recharts-surface").length;
    return {
      lines,
      charts,
      firstChart: () => host.querySelector("svg.recharts-surface"),
      // recharts 3 measures and draws its lines in later commits (its store settles after the first render).
      ready: () => charts() >= expectedCharts && lines() >= expectedCharts * data.series.length,
    };
  },
};

registerPanelCandidate(recharts);
