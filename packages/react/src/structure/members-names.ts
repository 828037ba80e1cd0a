/**
 * Names the editor shows for the core's words: a role as a label ("Ordförande", capitalised from the core's
 * "ordförande"), a list of roles in running text, and a seat as an option ("Ada Ek – ledamot, Falu kommun").
 */
import { MEMBERSHIP_ROLE_NAMES, type MembershipRole } from "@systemledning/core/structure";
import type { KitLocale } from "../i18n/format.js";
import type { MemberRow } from "./members-model.js";

/** A role's name as a label, starting with a capital. */
export function roleName(role: MembershipRole, locale: KitLocale): string {
  const name = MEMBERSHIP_ROLE_NAMES[role][locale];
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A seat's roles in running text: "ordförande, ledamot". */
export function roleList(roles: readonly MembershipRole[], locale: KitLocale): string {
  return roles.map((role) => MEMBERSHIP_ROLE_NAMES[role][locale]).join(", ");
}

/** A seat as an option of a select: the name, the roles and the organisation, to tell two seats apart. */
export function seatLabel(row: MemberRow, locale: KitLocale): string {
  const organisation = row.organisation?.name ?? row.membership.organisationId;
  return `${row.name} – ${roleList(row.membership.roles, locale)}, ${organisation}`;
}
