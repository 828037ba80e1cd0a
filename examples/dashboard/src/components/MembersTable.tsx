import type { WorkspaceIndex } from "@systemledning/core/workspace";
import { MEMBERSHIP_ROLE_NAMES, isMembershipActive } from "@systemledning/core/structure";
import { Localized, formatDate, useI18n } from "../i18n.js";
import { MEMBER_KIND_NAMES } from "../questions.js";
import { TableRegion } from "./TableRegion.js";

/**
 * The members of a forum on a day: who, whom they represent, in which sector and roles, and whether
 * they can decide. Every text from the workspace is rendered as text, never as markup.
 */
export function MembersTable({
  index,
  forumId,
  forumName,
  asOf,
}: {
  readonly index: WorkspaceIndex;
  readonly forumId: string;
  readonly forumName: string;
  readonly asOf: string;
}) {
  const { locale, t } = useI18n();
  const members = (index.membershipsByForum.get(forumId) ?? []).filter((membership) =>
    isMembershipActive(membership, asOf),
  );
  const caption = (
    <>
      {t("membersOf")} <span className="sl-text">{forumName}</span>
    </>
  );
  if (members.length === 0) {
    return (
      <div className="dash-finding-empty">
        <p className="dash-caption">{caption}</p>
        <p>{t("noMembers")}</p>
      </div>
    );
  }
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("organisation")}</th>
          <th scope="col">{t("sector")}</th>
          <th scope="col">{t("roles")}</th>
          <th scope="col">{t("kind")}</th>
          <th scope="col">{t("mandate")}</th>
          <th scope="col">{t("period")}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((membership) => {
          const person = index.personById.get(membership.personId);
          const organisation = index.organisationById.get(membership.organisationId);
          const sector = membership.sectorId === undefined ? undefined : index.sectorById.get(membership.sectorId);
          return (
            <tr key={membership.id}>
              <th scope="row">
                {person?.name ?? membership.personId}
                {person?.title === undefined ? null : <span className="dash-muted">{person.title}</span>}
              </th>
              <td>{organisation?.name ?? membership.organisationId}</td>
              <td>{sector === undefined ? "–" : <Localized text={sector.name} />}</td>
              <td>{membership.roles.map((role) => MEMBERSHIP_ROLE_NAMES[role][locale]).join(", ")}</td>
              <td>{MEMBER_KIND_NAMES[membership.kind][locale]}</td>
              <td>{membership.hasMandate ? t("yes") : t("no")}</td>
              <td>
                <time dateTime={membership.from}>{formatDate(membership.from, locale)}</time>
                {membership.to === undefined ? null : (
                  <>
                    {" – "}
                    <time dateTime={membership.to}>{formatDate(membership.to, locale)}</time>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableRegion>
  );
}
