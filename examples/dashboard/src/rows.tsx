/**
 * Turns each structure answer of the core into rows of a {@link FindingTable}: what the row is about,
 * its status and the core's own bilingual explanation.
 */
import type { WorkspaceIndex } from "@systemledning/core/workspace";
import {
  CHARTER_SECTION_NAMES,
  FORUM_COMPOSITION_NAMES,
  MEMBERSHIP_ROLE_NAMES,
  type ChairRotation,
  type CharterCompleteness,
  type ForumKindCoverage,
  type KeyRoleStatus,
  type MandateHoldersWithoutSubstitute,
  type PrincipalMandateCoverage,
  type SectorCoverage,
} from "@systemledning/core/structure";
import type { FindingRow } from "./components/FindingTable.js";
import { Localized, formatDate, type Locale } from "./i18n.js";

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);

function personLabel(index: WorkspaceIndex, personId: string, organisationId?: string): string {
  const person = index.personById.get(personId)?.name ?? personId;
  const organisation = organisationId === undefined ? undefined : index.organisationById.get(organisationId)?.name;
  return organisation === undefined ? person : `${person} (${organisation})`;
}

/** Required, co-opted and extra sectors. */
export function sectorRows(coverage: SectorCoverage, locale: Locale): FindingRow[] {
  const coOptedSuffix = locale === "sv" ? " (adjungeras vid behov)" : " (co-opted when needed)";
  return [
    ...coverage.required.map((item) => ({
      key: `required:${item.sectorId}`,
      subject: <Localized text={item.sectorName} />,
      status: item.status,
      message: item.message,
    })),
    ...coverage.coOpted.map((item) => ({
      key: `co-opted:${item.sectorId}`,
      subject: (
        <>
          <Localized text={item.sectorName} />
          {coOptedSuffix}
        </>
      ),
      status: item.status,
      message: item.message,
    })),
    ...coverage.extra.map((item) => ({
      key: `extra:${item.sectorId}`,
      subject: <Localized text={item.sectorName} />,
      status: item.status,
      message: item.message,
    })),
  ];
}

/** The region and each covered municipality. */
export function principalRows(coverage: PrincipalMandateCoverage): FindingRow[] {
  return coverage.principals.map((item) => ({
    key: item.key,
    subject: item.name,
    status: item.status,
    message: item.message,
  }));
}

/** Mandate holders without a substitute, and substitutes whose member has left. */
export function substituteRows(answer: MandateHoldersWithoutSubstitute, index: WorkspaceIndex): FindingRow[] {
  return [...answer.holders, ...answer.substitutesForInactiveMembers].map((item) => ({
    key: item.membershipId,
    subject: personLabel(index, item.personId, item.organisationId),
    status: item.status,
    message: item.message,
  }));
}

/** Politicians, officials and joint forums. */
export function forumKindRows(answer: ForumKindCoverage, locale: Locale): FindingRow[] {
  return answer.kinds.map((item) => ({
    key: item.composition,
    subject: capitalise(FORUM_COMPOSITION_NAMES[item.composition][locale]),
    status: item.status,
    message: item.message,
  }));
}

/** Template sections and the profile's questions. */
export function charterRows(answer: CharterCompleteness, locale: Locale): FindingRow[] {
  return answer.items.map((item) =>
    item.kind === "section"
      ? {
          key: `section:${item.section}`,
          subject: CHARTER_SECTION_NAMES[item.section][locale],
          status: item.status,
          message: item.message,
        }
      : {
          key: `question:${item.questionId}`,
          subject: <Localized text={item.text} />,
          status: item.status,
          message: item.message,
        },
  );
}

/** Chair, convener and secretary (the profile's key roles), with who holds them. */
export function keyRoleRows(answer: KeyRoleStatus, index: WorkspaceIndex, locale: Locale): FindingRow[] {
  return answer.roles.map((item) => {
    const holders = item.holders.map((holder) => index.personById.get(holder.personId)?.name ?? holder.personId);
    const role = capitalise(MEMBERSHIP_ROLE_NAMES[item.role][locale]);
    return {
      key: item.role,
      subject: holders.length === 0 ? role : `${role}: ${holders.join(", ")}`,
      status: item.status,
      message: item.message,
    };
  });
}

/** The current and coming chair terms with their findings, then findings about the forum as a whole. */
export function chairRows(answer: ChairRotation, index: WorkspaceIndex, locale: Locale): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const term of answer.terms) {
    if (term.state === "past") continue;
    const period = `${formatDate(term.from, locale)} – ${term.to === null ? "" : formatDate(term.to, locale)}`;
    const principal = term.principal === null ? "" : `, ${term.principal.name}`;
    term.findings.forEach((finding, position) => {
      rows.push({
        key: `${term.membershipId}:${position}`,
        subject: `${personLabel(index, term.personId)}${principal}, ${period}`,
        status: finding.status,
        message: finding.message,
      });
    });
  }
  answer.findings.forEach((finding, position) => {
    rows.push({
      key: `forum:${position}`,
      subject: locale === "sv" ? "Forumet" : "The forum",
      status: finding.status,
      message: finding.message,
    });
  });
  return rows;
}
