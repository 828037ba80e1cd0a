/**
 * The parts of the annual report as React elements, from the one report the core assembles and in the core's own
 * words (`REPORT_HEADINGS`, `REPORT_WORDS`, its number and date formats), following the layout of the core's HTML
 * renderer part by part: the page, the HTML and Markdown downloads and the print show the same report. Every text is
 * a React child (shown as text, never parsed as markup; docs/quality.md S1). Bilaga 1's histograms are shown by their
 * tables here (the renderer's figure is in the HTML download).
 */
import {
  REPORT_HEADINGS,
  REPORT_WORDS,
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  pickReportText,
  type AnnualReport,
  type ReportIndicatorPoint,
  type ReportPlan,
} from "@systemledning/core/plan";
import type { ReactNode } from "react";

/** The parts of the report in the order of its table of contents (the renderer's anchors). */
export const REPORT_PART_IDS = ["s1", "s2", "s3", "s4", "s5", "s6", "b1", "b2"] as const;
/** The id of a part of the report. */
export type ReportPartId = (typeof REPORT_PART_IDS)[number];

/** What every part needs: the report, the language, the widget's id prefix and its heading level. */
export interface PartContext {
  readonly report: AnnualReport;
  readonly locale: "sv" | "en";
  readonly prefix: string;
  /** The level of the report's title; a part's heading is one below. */
  readonly headingLevel: number;
}

type Localized = { readonly sv: string; readonly en?: string | undefined };

/** A text in the widget's language, marked with `lang` when it falls back to Swedish. */
function T({ c, text }: { readonly c: PartContext; readonly text: Localized }) {
  const chosen = pickReportText(text, c.locale);
  return chosen.lang === c.locale ? <>{chosen.text}</> : <span lang={chosen.lang}>{chosen.text}</span>;
}

const w = (c: PartContext, key: keyof typeof REPORT_WORDS): string => pickReportText(REPORT_WORDS[key], c.locale).text;

/** A heading of the report (`{year}` filled), with its number. */
export function headingText(
  c: Pick<PartContext, "report" | "locale">,
  key: keyof typeof REPORT_HEADINGS,
  number = "",
): string {
  const words = pickReportText(REPORT_HEADINGS[key], c.locale).text.replace("{year}", String(c.report.year));
  return number === "" ? words : `${number} ${words}`;
}

function H({
  c,
  depth,
  id,
  children,
}: {
  readonly c: PartContext;
  readonly depth: number;
  readonly id?: string;
  readonly children: ReactNode;
}) {
  const Tag = `h${Math.min(6, c.headingLevel + depth)}` as "h3";
  return (
    <Tag id={id === undefined ? undefined : `${c.prefix}-${id}`} tabIndex={id === undefined ? undefined : -1}>
      {children}
    </Tag>
  );
}

function Paragraphs({ c, list }: { readonly c: PartContext; readonly list: readonly Localized[] }) {
  return (
    <>
      {list.map((p, i) => (
        <p key={i}>
          <T c={c} text={p} />
        </p>
      ))}
    </>
  );
}

function NoData({ c, reason }: { readonly c: PartContext; readonly reason: Localized }) {
  return (
    <p className="sl-annual-report-no-data">
      <T c={c} text={reason} />
    </p>
  );
}

function Table({
  c,
  id,
  caption,
  head,
  children,
}: {
  readonly c: PartContext;
  readonly id: string;
  readonly caption: ReactNode;
  readonly head: readonly string[];
  readonly children: ReactNode;
}) {
  const captionId = `${c.prefix}-cap-${id}`;
  return (
    <div className="sl-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="sl-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The title page: the county, the title, the subtitle and the report's facts. */
export function TitlePage({ c }: { readonly c: PartContext }) {
  const { report } = c;
  const facts: [keyof typeof REPORT_WORDS, string | null][] = [
    ["date", report.meta.date === null ? null : formatDate(report.meta.date, c.locale)],
    ["diarienummer", report.meta.diarienummer],
    ["version", report.meta.version],
    ["author", report.meta.author],
    ["approvedBy", report.meta.approvedBy],
  ];
  const shown = facts.filter(([, v]) => v !== null);
  return (
    <header className="sl-annual-report-title-page">
      <p className="sl-annual-report-county">
        <T c={c} text={report.county} />
      </p>
      <H c={c} depth={0} id="title">
        <T c={c} text={report.title} />
      </H>
      {report.subtitle === null ? null : (
        <p className="sl-annual-report-subtitle">
          <T c={c} text={report.subtitle} />
        </p>
      )}
      {shown.length === 0 ? null : (
        <dl className="sl-annual-report-facts">
          {shown.map(([k, v]) => (
            <div key={k}>
              <dt>{w(c, k)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </header>
  );
}

function pointText(c: PartContext, point: ReportIndicatorPoint | null): string {
  if (point === null) return w(c, "missing");
  const value = point.value === null ? w(c, "missing") : formatNumber(point.value, c.locale);
  const mark = point.status === "preliminary" ? ` ${w(c, "prelShort")}` : "";
  return `${value}${mark} (${point.period})`;
}

function SelfAssessment({ c }: { readonly c: PartContext }) {
  const part = c.report.picture.selfAssessment;
  if (part.status === "no-data") return <NoData c={c} reason={part.reason} />;
  const { coverage } = part;
  const n = (value: number) => formatNumber(value, c.locale);
  const ratio = coverage.ratio === null ? "" : ` (${formatPercent(coverage.ratio, c.locale)})`;
  const sentence =
    c.locale === "sv"
      ? `${n(coverage.responses)} svar från ${n(coverage.answered)} av ${coverage.asked === null ? "okänt antal" : n(coverage.asked)} tillfrågade systemledningar${ratio}.`
      : `${n(coverage.responses)} responses from ${n(coverage.answered)} of ${coverage.asked === null ? "an unknown number of" : n(coverage.asked)} leaderships asked${ratio}.`;
  return (
    <>
      <p>
        {part.roundTitle}: {sentence}
      </p>
      <p>
        <strong>{w(c, "comparability")}:</strong> <T c={c} text={part.comparability} />
      </p>
      {part.previousRound === null ? null : (
        <p>
          <strong>
            {w(c, "previousRound")} ({part.previousRound.roundTitle}):
          </strong>{" "}
          <T c={c} text={part.previousRound.message} />
        </p>
      )}
      <Table
        c={c}
        id="sa"
        caption={`${w(c, "saSummaryCaption")} (${n(part.scale.min)}–${n(part.scale.max)})`}
        head={[w(c, "goal"), w(c, "respondents"), w(c, "mean"), w(c, "median")]}
      >
        {part.items.map((item, i) => (
          <tr key={item.itemId}>
            <th scope="row">
              {item.goalName === null ? (
                <T c={c} text={item.statement} />
              ) : (
                <>
                  {w(c, "goal")} {i + 1} – <T c={c} text={item.goalName} />
                </>
              )}
            </th>
            <td>{n(item.n)}</td>
            <td>{item.mean === null ? w(c, "missing") : n(item.mean)}</td>
            <td>{item.median === null ? w(c, "missing") : n(item.median)}</td>
          </tr>
        ))}
      </Table>
      {part.caveat === null ? null : (
        <p>
          <T c={c} text={part.caveat} />
        </p>
      )}
      {part.findings.map((f, i) => (
        <p key={i}>
          <T c={c} text={f} />
        </p>
      ))}
    </>
  );
}

function Indicators({ c }: { readonly c: PartContext }) {
  const part = c.report.picture.indicators;
  if (part.status === "no-data") return <NoData c={c} reason={part.reason} />;
  return (
    <>
      <p>
        {w(c, "indicatorsFor")} <T c={c} text={part.organisationName} />, {w(c, "valuesUpTo")} {part.lastPeriod}.
      </p>
      <p>{w(c, "changeCaution")}</p>
      {part.goals.map((goal, g) => (
        <Table
          key={goal.goalId ?? `other-${g}`}
          c={c}
          id={`ind-${g}`}
          caption={goal.goalName === null ? w(c, "otherIndicators") : <T c={c} text={goal.goalName} />}
          head={[w(c, "indicator"), w(c, "from"), w(c, "to"), w(c, "change"), w(c, "verdict")]}
        >
          {goal.rows.map((r) => (
            <tr key={r.indicatorId}>
              <th scope="row">
                <T c={c} text={r.title} /> ({r.unit})
              </th>
              <td>{pointText(c, r.from)}</td>
              <td>{pointText(c, r.to)}</td>
              <td>{r.change === null ? w(c, "missing") : formatChange(r.change, c.locale)}</td>
              <td>
                <T c={c} text={r.verdictLabel} />
                {r.preliminary ? ` (${w(c, "preliminary")})` : ""}
              </td>
            </tr>
          ))}
        </Table>
      ))}
      {part.attributions.length === 0 ? null : (
        <p>{part.attributions.map((a) => pickReportText(a, c.locale).text).join(" · ")}</p>
      )}
    </>
  );
}

function PlanBlock({ c, plan, index }: { readonly c: PartContext; readonly plan: ReportPlan; readonly index: number }) {
  const facts: [keyof typeof REPORT_WORDS, ReactNode][] = [
    ["planStatus", <T key="s" c={c} text={plan.statusLabel} />],
    ["leadership", plan.leadership],
    ["targetGroup", plan.targetGroup],
    [
      "decidedBy",
      plan.decidedBy === null
        ? null
        : `${plan.decidedBy}${plan.decidedOn === null ? "" : `, ${formatDate(plan.decidedOn, c.locale)}`}`,
    ],
    ["progress", plan.progress === null ? w(c, "missing") : formatPercent(plan.progress, c.locale)],
  ];
  const health = plan.healthCounts.error + plan.healthCounts.warning + plan.healthCounts.info;
  const n = (value: number) => formatNumber(value, c.locale);
  return (
    <>
      <H c={c} depth={2} id={`plan-${index}`}>
        {plan.title}
      </H>
      <dl className="sl-annual-report-facts">
        {facts
          .filter(([, v]) => v !== null)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{w(c, k)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {plan.userPerspective === null ? null : (
        <p>
          <strong>{w(c, "userPerspective")}:</strong> {plan.userPerspective}
        </p>
      )}
      {plan.focusAreas.length === 0 ? null : (
        <Table
          c={c}
          id={`plan-${index}`}
          caption={`${w(c, "focusAreasOf")} ${plan.title}`}
          head={[w(c, "focusArea"), w(c, "activities"), w(c, "done"), w(c, "progress")]}
        >
          {plan.focusAreas.map((a) => (
            <tr key={a.focusAreaId}>
              <th scope="row">{a.title}</th>
              <td>{n(a.activityCount)}</td>
              <td>{n(a.doneCount)}</td>
              <td>{a.progress === null ? w(c, "missing") : formatPercent(a.progress, c.locale)}</td>
            </tr>
          ))}
        </Table>
      )}
      {health === 0 ? (
        <p>{w(c, "healthNone")}</p>
      ) : (
        <>
          <p>
            {w(c, "healthFindings")}: {n(plan.healthCounts.error)} {w(c, "errors")}, {n(plan.healthCounts.warning)}{" "}
            {w(c, "warnings")}, {n(plan.healthCounts.info)} {w(c, "infos")}.
          </p>
          <ul>
            {plan.findings.map((f, i) => (
              <li key={i}>
                <T c={c} text={f} />
              </li>
            ))}
            {plan.moreFindings > 0 ? (
              <li>
                … {n(plan.moreFindings)} {w(c, "more")}
              </li>
            ) : null}
          </ul>
        </>
      )}
    </>
  );
}

/** The pieces the other parts (report-parts-body.tsx) are built of. */
export { H, Indicators, NoData, Paragraphs, PlanBlock, SelfAssessment, T, Table, w };
