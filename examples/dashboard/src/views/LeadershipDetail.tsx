import type { WorkspaceIndex } from "@systemledning/core/workspace";
import { FORUM_COMPOSITION_NAMES, type LeadershipOverview } from "@systemledning/core/structure";
import { FindingTable } from "../components/FindingTable.js";
import { MembersTable } from "../components/MembersTable.js";
import { QuestionSummary } from "../components/QuestionSummary.js";
import { useI18n } from "../i18n.js";
import { FORUM_QUESTIONS, LEADERSHIP_QUESTIONS, LEVEL_NAMES } from "../questions.js";
import {
  charterRows,
  chairRows,
  forumKindRows,
  keyRoleRows,
  principalRows,
  sectorRows,
  substituteRows,
} from "../rows.js";
import { municipalityNames } from "./StructureOverview.js";

const question = (key: (typeof LEADERSHIP_QUESTIONS)[number]["key"]) =>
  LEADERSHIP_QUESTIONS.find((q) => q.key === key)?.name ?? { sv: key, en: key };

/**
 * One leadership in full: every question over the union of its forums, then each forum with its key
 * roles, chair terms and members.
 */
export function LeadershipDetail({
  overview,
  index,
}: {
  readonly overview: LeadershipOverview;
  readonly index: WorkspaceIndex;
}) {
  const { locale, t } = useI18n();
  const municipalities = municipalityNames(index, overview.leadershipId);
  const substitutesEmpty =
    locale === "sv"
      ? `${overview.substitutes.withSubstituteCount} av ${overview.substitutes.mandateHolderCount} mandatbärare har ersättare.`
      : `${overview.substitutes.withSubstituteCount} of ${overview.substitutes.mandateHolderCount} mandate holders have a substitute.`;
  return (
    <>
      <p className="dash-muted">
        {LEVEL_NAMES[overview.level][locale]}
        {municipalities.length === 0 ? null : (
          <>
            {" · "}
            {t("municipalities")}: <span className="sl-text">{municipalities.join(", ")}</span>
          </>
        )}
      </p>
      <QuestionSummary questions={LEADERSHIP_QUESTIONS} summary={overview.summary} />

      <section className="dash-section" aria-labelledby="heading-questions">
        <h3 id="heading-questions">{t("questions")}</h3>
        <FindingTable caption={question("sectorCoverage")[locale]} rows={sectorRows(overview.sectorCoverage, locale)} />
        <FindingTable
          caption={question("principalMandates")[locale]}
          rows={principalRows(overview.principalMandates)}
        />
        <FindingTable
          caption={question("substitutes")[locale]}
          rows={substituteRows(overview.substitutes, index)}
          empty={substitutesEmpty}
        />
        <FindingTable caption={question("forumKinds")[locale]} rows={forumKindRows(overview.forumKinds, locale)} />
        <FindingTable caption={question("charter")[locale]} rows={charterRows(overview.charter, locale)} />
      </section>

      <section className="dash-section" aria-labelledby="heading-forums">
        <h3 id="heading-forums">{t("forums")}</h3>
        {overview.forums.map((forum) => (
          <article key={forum.forumId} className="dash-forum" aria-labelledby={`forum-${forum.forumId}`}>
            <h4 id={`forum-${forum.forumId}`} className="sl-text">
              {forum.name}
            </h4>
            <p className="dash-muted">
              {t("composition")}: {FORUM_COMPOSITION_NAMES[forum.composition][locale]}
            </p>
            <QuestionSummary questions={FORUM_QUESTIONS} summary={forum.summary} />
            <FindingTable
              caption={`${question("keyRoles")[locale]}: ${forum.name}`}
              rows={keyRoleRows(forum.keyRoles, index, locale)}
            />
            <FindingTable
              caption={`${question("chairRotation")[locale]}: ${forum.name}`}
              rows={chairRows(forum.chairRotation, index, locale)}
            />
            <MembersTable index={index} forumId={forum.forumId} forumName={forum.name} asOf={overview.asOf} />
          </article>
        ))}
      </section>
    </>
  );
}
