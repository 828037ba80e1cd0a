/**
 * The words of the meeting-structure form: the options of its selects and groups (which one in the month, the modes,
 * the quorum shares offered), weekday and month names from `Intl`, and the rules a draft starts from.
 */
import type { MeetingMode, MeetingRules } from "@systemledning/core/meetings";
import { INTL_LOCALE, type KitLocale } from "../i18n/format.js";
import type { FieldOption } from "./meeting-rules-fields.js";
import { shareOfValue } from "./meeting-rules-model.js";
import type { WorkbookFormMessageKey, WorkbookFormTools } from "./messages-forms.js";

/** Which one in the month, as the select offers it. */
export const ORDINALS: readonly { readonly value: string; readonly key: WorkbookFormMessageKey }[] = [
  { value: "1", key: "meetingRulesOrdinal1" },
  { value: "2", key: "meetingRulesOrdinal2" },
  { value: "3", key: "meetingRulesOrdinal3" },
  { value: "4", key: "meetingRulesOrdinal4" },
  { value: "-1", key: "meetingRulesOrdinalLast" },
];

/** The words of each mode. */
export const MODE_KEYS: Readonly<Record<MeetingMode, WorkbookFormMessageKey>> = {
  physical: "meetingRulesModePhysical",
  digital: "meetingRulesModeDigital",
  hybrid: "meetingRulesModeHybrid",
};

/** The quorum shares the select offers (a forum's other share is added to them). */
export const SHARE_PRESETS = ["", "1/2+", "1/2", "2/3", "3/4"] as const;

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** The weekdays 1 (Monday) … 7 and the months 1 … 12 in the reader's language, from `Intl`. */
export function calendarNames(locale: KitLocale): { weekdays: FieldOption[]; months: FieldOption[] } {
  const weekday = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", timeZone: "UTC" });
  // 5 January 2026 was a Monday.
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: capitalised(weekday.format(new Date(Date.UTC(2026, 0, 4 + day)))),
  }));
  const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
    value: String(m),
    label: capitalised(month.format(new Date(Date.UTC(2026, m - 1, 15)))),
  }));
  return { weekdays, months };
}

/** The words of a quorum share: "Mer än hälften", "Minst 3/5". */
export function shareLabel(value: string, t: WorkbookFormTools["t"]): string {
  const share = shareOfValue(value);
  if (share === undefined) return t("meetingRulesShareNone");
  const fraction = `${share.numerator}/${share.denominator}`;
  const named: Readonly<Record<string, WorkbookFormMessageKey>> = {
    "1/2": "meetingRulesHalf",
    "2/3": "meetingRulesTwoThirds",
    "3/4": "meetingRulesThreeQuarters",
  };
  const words = named[fraction] === undefined ? fraction : t(named[fraction]);
  return t(share.strictlyMore ? "meetingRulesShareMore" : "meetingRulesShareAtLeast", { share: words });
}

/** The rules a draft starts from: the forum's own, or the county's without their notes (those speak of the county's). */
export function baseRules(rules: MeetingRules, own: boolean): MeetingRules {
  if (own) return rules;
  const { notes: _notes, ...rest } = rules;
  return rest;
}
