import { IndicatorComparison } from "@systemledning/react";
import type { FollowUpViewProps } from "../FollowUpView.js";

/**
 * *Jämförelse mellan kommunerna*: the county's municipalities on every indicator of the profile, coloured by rank
 * among them with the county, the country and their mean below, in the kit's `IndicatorComparison` (its heading
 * one level under the page's; its language the dashboard's `LocaleProvider`'s).
 */
export function ComparisonSection({ workspace }: FollowUpViewProps) {
  return <IndicatorComparison workspace={workspace} headingLevel={3} />;
}
