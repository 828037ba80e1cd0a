/**
 * The renderer of every element by tag.
 * @module
 */
import type { ElementRenderer } from "../element/render-context.js";
import { renderAnnualPlan, renderComplianceOverview, renderMeetingPage } from "./meetings.js";
import {
  renderAssessmentForm,
  renderDistributionChart,
  renderLeadershipComparison,
  renderRoundOverview,
  renderTrendChart,
} from "./scoring.js";
import { renderSystemMap } from "./system-map.js";
import { renderTimeline } from "./timeline.js";

/** Renderers by tag; tests/elements checks there is one per spec. */
export const RENDERERS: Readonly<Record<string, ElementRenderer>> = {
  "sl-system-map": renderSystemMap,
  "sl-timeline": renderTimeline,
  "sl-distribution-chart": renderDistributionChart,
  "sl-trend-chart": renderTrendChart,
  "sl-leadership-comparison": renderLeadershipComparison,
  "sl-round-overview": renderRoundOverview,
  "sl-assessment-form": renderAssessmentForm,
  "sl-annual-plan": renderAnnualPlan,
  "sl-meeting-page": renderMeetingPage,
  "sl-compliance-overview": renderComplianceOverview,
};
