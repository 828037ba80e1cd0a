import type { WorkspaceIndex } from "@systemledning/core/workspace";
import type { LeadershipOverview } from "@systemledning/core/structure";
import { QuestionSummary } from "../components/QuestionSummary.js";
import { StatusLabel } from "../components/Status.js";
import { TableRegion } from "../components/TableRegion.js";
import { FORUM_COMPOSITION_NAMES } from "@systemledning/core/structure";
import { useI18n } from "../i18n.js";
import { FORUM_QUESTIONS, LEADERSHIP_QUESTIONS } from "../questions.js";
import { leadershipHref } from "../route.js";

/** Names of the municipalities a leadership covers, from the profile. */
export function municipalityNames(index: WorkspaceIndex, leadershipId: string): string[] {
  const leadership = index.leadershipById.get(leadershipId);
  if (leadership === undefined) return [];
  const byCode = new Map(index.workspace.profile.municipalities.map((m) => [m.code, m.name]));
  return leadership.municipalityCodes.map((code) => byCode.get(code) ?? code);
}

/**
 * The county at a glance: the regional leadership with each of its forums, then every local leadership
 * in one table with a status per question.
 */
export function StructureOverview({
  overviews,
  index,
}: {
  readonly overviews: readonly LeadershipOverview[];
  readonly index: WorkspaceIndex;
}) {
  const { locale, t } = useI18n();
  const regional = overviews.filter((o) => o.level === "regional");
  const local = overviews.filter((o) => o.level !== "regional");
  return (
    <>
      {regional.map((overview) => (
        <section
          key={overview.leadershipId}
          className="dash-section"
          aria-labelledby={`heading-${overview.leadershipId}`}
        >
          <h2 id={`heading-${overview.leadershipId}`}>{t("regionalHeading")}</h2>
          <p>
            <a href={leadershipHref(overview.leadershipId)}>
              {t("showDetails")} <span className="sl-text">{overview.name}</span>
            </a>
          </p>
          <QuestionSummary questions={LEADERSHIP_QUESTIONS} summary={overview.summary} />
          <h3 className="dash-subheading">{t("regionalForums")}</h3>
          <ul className="dash-cards" aria-label={t("regionalForums")}>
            {overview.forums.map((forum) => (
              <li key={forum.forumId} className="dash-card">
                <h4 className="sl-text">{forum.name}</h4>
                <p className="dash-muted">
                  {t("composition")}: {FORUM_COMPOSITION_NAMES[forum.composition][locale]}
                </p>
                <QuestionSummary questions={FORUM_QUESTIONS} summary={forum.summary} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      <section className="dash-section" aria-labelledby="heading-local">
        <h2 id="heading-local">
          {t("localHeading")} ({local.length})
        </h2>
        <TableRegion caption={t("localCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("leadership")}</th>
              <th scope="col">{t("municipalities")}</th>
              <th scope="col">{t("overall")}</th>
              {LEADERSHIP_QUESTIONS.map((question) => (
                <th key={question.key} scope="col">
                  {question.name[locale]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {local.map((overview) => (
              <tr key={overview.leadershipId}>
                <th scope="row">
                  <a href={leadershipHref(overview.leadershipId)}>{overview.name}</a>
                </th>
                <td>{municipalityNames(index, overview.leadershipId).join(", ")}</td>
                <td>
                  <StatusLabel status={overview.status} />
                </td>
                {LEADERSHIP_QUESTIONS.map((question) => (
                  <td key={question.key}>
                    <StatusLabel status={overview.summary[question.key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </section>
    </>
  );
}
