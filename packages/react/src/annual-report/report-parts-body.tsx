/**
 * Each part of the annual report as the page shows it, in the order and layout of the core's HTML renderer (see
 * report-parts.tsx): the headings with their numbers, the text people wrote, then what the workspace's data says, or
 * why a part has none.
 */
import { formatDate, formatNumber, type ReportAssessmentItem } from "@systemledning/core/plan";
import {
  H,
  Indicators,
  NoData,
  Paragraphs,
  PlanBlock,
  SelfAssessment,
  T,
  Table,
  headingText,
  w,
  type PartContext,
  type ReportPartId,
} from "./report-parts.js";

const ITEM_KINDS = ["information", "decision", "workshop", "report", "dialogue"] as const;
const CHECK_IN_FIELDS = [
  "activitiesAndResults",
  "lessons",
  "successFactors",
  "challenges",
  "visionAssessment",
] as const;

function Picture({ c }: { readonly c: PartContext }) {
  const { picture } = c.report;
  return (
    <>
      <Paragraphs c={c} list={picture.paragraphs} />
      <H c={c} depth={1} id="s3-1">
        {headingText(c, "selfAssessment", "3.1")}
      </H>
      <SelfAssessment c={c} />
      <H c={c} depth={1} id="s3-2">
        {headingText(c, "indicators", "3.2")}
      </H>
      <Indicators c={c} />
      <H c={c} depth={1} id="s3-3">
        {headingText(c, "plans", "3.3")}
      </H>
      {picture.plans.status === "no-data" ? (
        <NoData c={c} reason={picture.plans.reason} />
      ) : (
        picture.plans.plans.map((plan, i) => <PlanBlock key={plan.planId} c={c} plan={plan} index={i} />)
      )}
    </>
  );
}

function RegionalSupport({ c }: { readonly c: PartContext }) {
  const { regionalSupport, year } = c.report;
  const forums = regionalSupport.forums;
  const n = (value: number) => formatNumber(value, c.locale);
  return (
    <>
      <Paragraphs c={c} list={regionalSupport.paragraphs} />
      <H c={c} depth={1} id="s4-1">
        {headingText(c, "forums", "4.1")}
      </H>
      {forums.status === "no-data" ? (
        <NoData c={c} reason={forums.reason} />
      ) : (
        <Table
          c={c}
          id="forums"
          caption={`${w(c, "forumsCaption")} ${year}`}
          head={[w(c, "forum"), w(c, "leadership"), w(c, "meetings"), ...ITEM_KINDS.map((k) => w(c, k))]}
        >
          {forums.forums.map((f) => (
            <tr key={f.forumId}>
              <th scope="row">
                {f.name}
                {f.shortName === null ? "" : ` (${f.shortName})`}
              </th>
              <td>{f.leadership}</td>
              <td>{n(f.meetingCount)}</td>
              {ITEM_KINDS.map((k) => (
                <td key={k}>{n(f.itemCounts[k])}</td>
              ))}
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Lessons({ c }: { readonly c: PartContext }) {
  const { lessons } = c.report;
  return (
    <>
      <Paragraphs c={c} list={lessons.paragraphs} />
      {lessons.points.length === 0 ? null : (
        <ul>
          {lessons.points.map((p, i) => (
            <li key={i}>
              <strong>
                <T c={c} text={p.title} />
              </strong>
              <p>
                <T c={c} text={p.text} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <H c={c} depth={1} id="s5-1">
        {headingText(c, "checkIns", "5.1")}
      </H>
      {lessons.checkIns.status === "no-data" ? (
        <NoData c={c} reason={lessons.checkIns.reason} />
      ) : (
        lessons.checkIns.entries.map((e) => (
          <div key={e.checkInId} className="sl-annual-report-check-in">
            <H c={c} depth={2}>
              {e.leadership}, {formatDate(e.date, c.locale)}
            </H>
            <p>{e.plan}</p>
            <dl>
              {CHECK_IN_FIELDS.filter((f) => e[f] !== null).map((f) => (
                <div key={f}>
                  <dt>{w(c, f)}</dt>
                  <dd>{e[f]}</dd>
                </div>
              ))}
              {e.visionRating === null ? null : (
                <div>
                  <dt>{w(c, "visionRating")}</dt>
                  <dd>
                    {formatNumber(e.visionRating, c.locale)} {w(c, "ofFive")}
                  </dd>
                </div>
              )}
            </dl>
          </div>
        ))
      )}
    </>
  );
}

function AssessmentItem({
  c,
  item,
  index,
}: {
  readonly c: PartContext;
  readonly item: ReportAssessmentItem;
  readonly index: number;
}) {
  const heading =
    item.goalName === null ? (
      <T c={c} text={item.statement} />
    ) : (
      <>
        {w(c, "goal")} {index + 1} – <T c={c} text={item.goalName} />
      </>
    );
  return (
    <>
      <H c={c} depth={1} id={`b1-${index}`}>
        {heading}
      </H>
      <p>
        <T c={c} text={item.statement} />
      </p>
      <Table
        c={c}
        id={`b1-${index}`}
        caption={
          <>
            {w(c, "distributionOf")}: {heading}
          </>
        }
        head={[w(c, "scaleValue"), w(c, "scaleLabel"), w(c, "count")]}
      >
        {item.distribution
          .filter((b) => b.label !== null || b.count > 0)
          .map((b) => (
            <tr key={b.value}>
              <th scope="row">{formatNumber(b.value, c.locale, 1)}</th>
              <td>{b.label === null ? w(c, "halfStep") : <T c={c} text={b.label} />}</td>
              <td>{formatNumber(b.count, c.locale)}</td>
            </tr>
          ))}
      </Table>
      <H c={c} depth={2}>
        {w(c, "freeTexts")}
      </H>
      {item.freeTexts.length === 0 ? (
        <p>{w(c, "noFreeTexts")}</p>
      ) : (
        <ul>
          {item.freeTexts.map((t, i) => (
            <li key={i}>
              <blockquote>
                <p>{t.text}</p>
              </blockquote>
              <p>
                {t.leadership}
                {t.grouping === null ? "" : ` (${t.grouping})`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function AppendixSelfAssessment({ c }: { readonly c: PartContext }) {
  const part = c.report.appendixSelfAssessment;
  if (part.status === "no-data") return <NoData c={c} reason={part.reason} />;
  return (
    <>
      <ul>
        {part.scale.steps.map((s) => (
          <li key={s.value}>
            {formatNumber(s.value, c.locale)} = <T c={c} text={s.label} />
          </li>
        ))}
      </ul>
      {part.items.map((item, i) => (
        <AssessmentItem key={item.itemId} c={c} item={item} index={i} />
      ))}
    </>
  );
}

function AppendixActivities({ c }: { readonly c: PartContext }) {
  const part = c.report.appendixActivities;
  if (part.status === "no-data") return <NoData c={c} reason={part.reason} />;
  return (
    <>
      {part.forums.map((forum, f) => (
        <Table
          key={forum.forumId}
          c={c}
          id={`b2-${f}`}
          caption={`${w(c, "agendaOf")} ${forum.name}${forum.shortName === null ? "" : ` (${forum.shortName})`}`}
          head={[w(c, "date"), w(c, "kind"), w(c, "item")]}
        >
          {forum.rows.map((r, i) => (
            <tr key={i}>
              <td>{formatDate(r.date, c.locale)}</td>
              <td>
                <T c={c} text={r.kindLabel} />
              </td>
              <td>
                {r.title}
                {r.decision === null ? null : (
                  <>
                    <br />
                    {w(c, "decisionText")}: {r.decision}
                  </>
                )}
              </td>
            </tr>
          ))}
        </Table>
      ))}
    </>
  );
}

/** The number and heading key of each part, as the report's table of contents has them. */
export const PART_HEADINGS = {
  s1: ["1", "assignment"],
  s2: ["2", "followUp"],
  s3: ["3", "picture"],
  s4: ["4", "regionalSupport"],
  s5: ["5", "lessons"],
  s6: ["6", "reflections"],
  b1: ["", "appendixSelfAssessment"],
  b2: ["", "appendixActivities"],
} as const satisfies Record<ReportPartId, readonly [string, string]>;

/** The heading of a part, with its number, as the table of contents says it. */
export function partHeading(c: Pick<PartContext, "report" | "locale">, id: ReportPartId): string {
  const [number, key] = PART_HEADINGS[id];
  return headingText(c, key, number);
}

/**
 * One part of the report: its heading (focusable, the table of contents' target) and its body.
 *
 * @example
 * <PartBody c={context} id="s3" />
 */
export function PartBody({ c, id }: { readonly c: PartContext; readonly id: ReportPartId }) {
  const { report } = c;
  const body = (() => {
    switch (id) {
      case "s1":
        return (
          <>
            <Paragraphs c={c} list={report.assignment.paragraphs} />
            {report.assignment.vision === null ? null : (
              <p>
                <strong>{w(c, "vision")}:</strong> <T c={c} text={report.assignment.vision} />
              </p>
            )}
            {report.assignment.goals.length === 0 ? null : (
              <>
                <H c={c} depth={1} id="s1-1">
                  {headingText(c, "goals", "1.1")}
                </H>
                <dl>
                  {report.assignment.goals.map((g, i) => (
                    <div key={g.id}>
                      <dt>
                        {w(c, "goal")} {i + 1} – <T c={c} text={g.name} />
                      </dt>
                      <dd>{g.description === null ? null : <T c={c} text={g.description} />}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </>
        );
      case "s2":
        return (
          <>
            <Paragraphs c={c} list={report.followUp.paragraphs} />
            {report.followUp.sources.length === 0 ? null : (
              <ul>
                {report.followUp.sources.map((s) => (
                  <li key={s.kind}>
                    <strong>
                      <T c={c} text={s.title} />:
                    </strong>{" "}
                    <T c={c} text={s.detail} />
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      case "s3":
        return <Picture c={c} />;
      case "s4":
        return <RegionalSupport c={c} />;
      case "s5":
        return <Lessons c={c} />;
      case "s6":
        return <Paragraphs c={c} list={report.reflections.paragraphs} />;
      case "b1":
        return <AppendixSelfAssessment c={c} />;
      case "b2":
        return <AppendixActivities c={c} />;
    }
  })();
  return (
    <section className="sl-annual-report-section" aria-labelledby={`${c.prefix}-${id}`}>
      <H c={c} depth={1} id={id}>
        {partHeading(c, id)}
      </H>
      {body}
    </section>
  );
}
