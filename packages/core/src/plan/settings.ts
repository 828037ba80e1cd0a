/**
 * The follow-up settings in force: the profile's, or the defaults when a profile has none.
 */
import type { Profile } from "../profile/schema.js";
import type { ChangeThreshold, FollowUpProfileSettings, IndicatorDefinition } from "./schema.js";

/**
 * The settings used when a profile has no `followUp` part: no indicators, no roadmap, at most three focus areas and six
 * indicators per plan (*Regional årsrapport 2025*, §3.2 and §4.1.2, asks for few focus areas and a limited number of
 * indicators and names no numbers, so these are the kit's plausible defaults), a change of at least five per cent of
 * the earlier value is clear, and leaderships check in every third month.
 */
export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpProfileSettings = Object.freeze({
  indicators: [],
  roadmap: [],
  maxFocusAreas: 3,
  maxIndicatorsPerPlan: 6,
  clearChange: Object.freeze({ kind: "relative", share: 0.05 }) as ChangeThreshold,
  checkInInterval: Object.freeze({ months: 3 }),
});

/**
 * The follow-up settings of `profile`, or {@link DEFAULT_FOLLOW_UP_SETTINGS} when it has none.
 *
 * @example
 * getFollowUpSettings(ws.profile).maxFocusAreas; // 3 for Dalarna
 */
export function getFollowUpSettings(profile: Profile): FollowUpProfileSettings {
  return profile.followUp ?? DEFAULT_FOLLOW_UP_SETTINGS;
}

/**
 * The threshold of a clear change for `indicator`: its own, else the profile's.
 *
 * @example
 * getChangeThreshold(settings, indicator); // { kind: "absolute", value: 2 }
 */
export function getChangeThreshold(
  settings: FollowUpProfileSettings,
  indicator: IndicatorDefinition | undefined,
): ChangeThreshold {
  return indicator?.clearChange ?? settings.clearChange;
}

/**
 * Months between check-ins of `leadershipId` (the profile's exception for it, else its default).
 *
 * @example
 * getCheckInIntervalMonths(settings, "ls-falun"); // 3
 */
export function getCheckInIntervalMonths(settings: FollowUpProfileSettings, leadershipId: string): number {
  const byLeadership = settings.checkInInterval.byLeadership;
  const own =
    byLeadership !== undefined && Object.hasOwn(byLeadership, leadershipId) ? byLeadership[leadershipId] : undefined;
  return own ?? settings.checkInInterval.months;
}
