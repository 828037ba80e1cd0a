/**
 * The spec of every element: tag, attributes with type, default and description, properties and events.
 * The classes, the attribute parsing, README's table and `custom-elements.json` all come from here.
 */
import { AS_OF, changeEvent, COMMON_ATTRIBUTES, COMMON_PROPERTIES, ERROR_EVENT } from "./common.js";
import type { AttributeSpec, ElementSpec } from "./types.js";

const roundId = (description: string): AttributeSpec => ({
  name: "round-id",
  property: "roundId",
  type: { kind: "string" },
  required: true,
  description,
});

const forumId: AttributeSpec = {
  name: "forum-id",
  property: "forumId",
  type: { kind: "string" },
  required: true,
  description: "The id of the forum whose annual plan is shown.",
};

const withCommon = (
  spec: Omit<ElementSpec, "attributes" | "properties" | "events"> & {
    readonly attributes: readonly AttributeSpec[];
    readonly changes?: string;
  },
): ElementSpec => ({
  tag: spec.tag,
  className: spec.className,
  component: spec.component,
  summary: spec.summary,
  attributes: [...COMMON_ATTRIBUTES, ...spec.attributes],
  properties: COMMON_PROPERTIES,
  events: spec.changes === undefined ? [ERROR_EVENT] : [changeEvent(spec.changes), ERROR_EVENT],
});

/** Every element of the package, in the order of the docs. */
export const ELEMENT_SPECS: readonly ElementSpec[] = [
  withCommon({
    tag: "sl-system-map",
    className: "SlSystemMap",
    component: "SystemMap / SystemMapWorkshop",
    summary: "The system map of the workspace's structure (getSystemGraph), with its table alternative.",
    attributes: [
      {
        name: "view",
        property: "view",
        type: { kind: "enum", values: ["system", "hierarchy", "perspective"] },
        default: "system",
        description:
          "Which map: the system of forums, the organisations' hierarchy, or one citizen group's perspective.",
      },
      AS_OF,
      {
        name: "focus-id",
        property: "focusId",
        type: { kind: "string" },
        description:
          "The node the perspective view starts from, e.g. `citizen-group:<id>`; needed for view=perspective.",
      },
      {
        name: "workshop",
        property: "workshop",
        type: { kind: "boolean" },
        description: "Workshop mode (SystemMapWorkshop): people mark the map, and each saved mark fires sl-change.",
      },
    ],
    changes: "A mark saved in workshop mode; `detail.annotation` is the mark.",
  }),
  withCommon({
    tag: "sl-timeline",
    className: "SlTimeline",
    component: "Timeline",
    summary: "Meetings, decisions and events on a timeline, one lane per kind (getTimeline, groupTimeline).",
    attributes: [
      AS_OF,
      {
        name: "forum-id",
        property: "forumId",
        type: { kind: "string" },
        description: "Only this forum's meetings and decisions (and no events); default: everything.",
      },
      {
        name: "zoom",
        property: "zoom",
        type: { kind: "enum", values: ["year", "quarter", "month"] },
        default: "year",
        description: "The period shown first.",
      },
    ],
  }),
  withCommon({
    tag: "sl-distribution-chart",
    className: "SlDistributionChart",
    component: "DistributionChart",
    summary: "How the answers of an assessment round are distributed per statement (aggregateRound).",
    attributes: [roundId("The id of the assessment round.")],
  }),
  withCommon({
    tag: "sl-trend-chart",
    className: "SlTrendChart",
    component: "TrendChart",
    summary: "The development of an instrument's statements over its rounds (getAssessmentTrend).",
    attributes: [
      {
        name: "instrument-id",
        property: "instrumentId",
        type: { kind: "string" },
        required: true,
        description: "The id of the assessment instrument.",
      },
    ],
  }),
  withCommon({
    tag: "sl-leadership-comparison",
    className: "SlLeadershipComparison",
    component: "LeadershipComparison",
    summary: "One leadership's answers in a round against the whole county's.",
    attributes: [
      roundId("The id of the assessment round."),
      {
        name: "leadership-id",
        property: "leadershipId",
        type: { kind: "string" },
        description: "The leadership compared; default: the first that answered. The element's list changes it.",
      },
    ],
  }),
  withCommon({
    tag: "sl-round-overview",
    className: "SlRoundOverview",
    component: "RoundOverview",
    summary: "Every statement of an assessment round at a glance, with the round's coverage.",
    attributes: [roundId("The id of the assessment round.")],
  }),
  withCommon({
    tag: "sl-assessment-form",
    className: "SlAssessmentForm",
    component: "AssessmentForm",
    summary: "The self-assessment form of a round: answer, review, send.",
    attributes: [
      roundId("The id of the assessment round answered."),
      {
        name: "leadership-id",
        property: "leadershipId",
        type: { kind: "string" },
        description: "The leadership answering; default: the person chooses in the form.",
      },
    ],
    changes: "The form was sent; the workspace includes the response, and `detail.response` is it.",
  }),
  withCommon({
    tag: "sl-annual-plan",
    className: "SlAnnualPlan",
    component: "AnnualPlan",
    summary: "A forum's annual plan: its meeting dates and what happened at each.",
    attributes: [
      forumId,
      {
        name: "year",
        property: "year",
        type: { kind: "integer" },
        description: "The year of the plan; default: the year of as-of.",
      },
      AS_OF,
    ],
  }),
  withCommon({
    tag: "sl-meeting-page",
    className: "SlMeetingPage",
    component: "MeetingPage",
    summary: "One meeting through its lifecycle: notice, attendance and quorum, minutes.",
    attributes: [
      {
        name: "meeting-id",
        property: "meetingId",
        type: { kind: "string" },
        required: true,
        description: "The id of the meeting.",
      },
      AS_OF,
    ],
    changes: "A step of the meeting was taken; `detail.command` and `detail.meetingId` say which.",
  }),
  withCommon({
    tag: "sl-compliance-overview",
    className: "SlComplianceOverview",
    component: "ComplianceOverview",
    summary: "How forums keep their meeting rules, and the principals' attendance, over a period.",
    attributes: [
      {
        name: "forum-ids",
        property: "forumIds",
        type: { kind: "list" },
        description: "The forums, ids separated by spaces; default: every forum.",
      },
      {
        name: "from",
        property: "from",
        type: { kind: "date" },
        description: "The first day of the period, YYYY-MM-DD; default: 1 January of as-of's year.",
      },
      {
        name: "to",
        property: "to",
        type: { kind: "date" },
        description: "The last day of the period, YYYY-MM-DD; default: 31 December of as-of's year.",
      },
      AS_OF,
    ],
  }),
];
