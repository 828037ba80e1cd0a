/**
 * Bench page entry: the same five histograms drawn with @nivo/bar, as a developer would write them from its
 * docs: one fixed-size `Bar` per item (not ResponsiveBar, so no resize observer decides the size), axes,
 * grid, value labels, a tooltip, animation off, and one shared count axis.
 */
import { Bar, type BarTooltipProps } from "@nivo/bar";
import { registerCandidate, type PageCandidate } from "./page.js";
import type { PeerBin, PeerPanel, ScoringBenchData } from "./protocol.js";

const BAR_COLOUR = "#00558f";
/** The shared count axis ends on a round ten, as ours does (d3 `nice()`). */
const niceMax = (count: number): number => Math.ceil(count / 10) * 10;
const grid = { display: "grid", gap: "1.5rem" } as const;
const heading = { margin: "0 0 0.5rem", fontSize: "1.0625rem" } as const;

/** Nivo's data rows are records of string or number: the bins as they are. */
type NivoBin = { label: string; count: number };

function BinTooltip({ value, indexValue }: BarTooltipProps<NivoBin>) {
  return (
    <div style={{ background: "white", padding: "4px 8px", border: "1px solid #7b838d", borderRadius: 4 }}>
      Värde {indexValue}: <strong>{value} ledningar</strong>
    </div>
  );
}

function Panel({ panel, data }: { readonly panel: PeerPanel; readonly data: ScoringBenchData }) {
  const { width, height } = data.panelSize;
  return (
    <section>
      <h4 style={heading}>{panel.title}</h4>
      <Bar<NivoBin>
        width={width}
        height={height}
        data={panel.bins.map((bin: PeerBin) => ({ label: bin.label, count: bin.count }))}
        keys={["count"]}
        indexBy="label"
        margin={{ top: 20, right: 10, bottom: 30, left: 34 }}
        padding={0.25}
        valueScale={{ type: "linear", min: 0, max: niceMax(data.maxCount) }}
        colors={[BAR_COLOUR]}
        axisBottom={{ tickSize: 0, tickPadding: 6 }}
        axisLeft={{ tickSize: 4, tickValues: 5 }}
        enableGridY
        labelSkipHeight={12}
        labelTextColor="#ffffff"
        tooltip={BinTooltip}
        animate={false}
        role="img"
        ariaLabel={`Svarsfördelning: ${panel.title}`}
      />
    </section>
  );
}

/** Nivo's small multiples, in a grid of the same column width as ours. */
export const nivo: PageCandidate = {
  name: "nivo",
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
  // Nivo draws a rect for every bin, an empty one at height 0.
  expectedBars: (data) => data.panels.reduce((sum, panel) => sum + panel.bins.length, 0),
  countBars: (container) => container.querySelectorAll('rect[data-testid^="bar.item."]').length,
};

registerCandidate(nivo);
