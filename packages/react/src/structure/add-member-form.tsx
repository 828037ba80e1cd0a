/**
 * "Lägg till ledamot": a seat in the forum for someone already listed or someone new (name and title), with
 * the organisation represented, the sector, the roles, the kind of member, the mandate and the period. A new
 * person is `addPerson` and `addMembership` in one change. What the form can see for itself (nothing chosen,
 * a date not written as a date) it says before anything is tried; the rest is the core's to refuse.
 */
import type { Forum, MemberKind, MembershipRole } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import {
  CheckboxField,
  ChoiceGroup,
  errorOf,
  SelectField,
  TextField,
  type FieldOption,
  type FormError,
} from "./members-fields.js";
import { MembersForm, PersonFields, personOptions, SaveAndClose, usePersonFields } from "./members-form-parts.js";
import { looksLikeDate, MEMBER_KINDS, SEAT_ROLES, seatChange } from "./members-model.js";
import type { MembersEditorMessageKey } from "./messages-members.js";
import type { MembersFormProps } from "./members-form-props.js";
import { roleName } from "./members-names.js";
import { useMembersTask } from "./use-members-task.js";

/** The words of each kind of member. */
export const MEMBER_KIND_KEYS: Readonly<Record<MemberKind, MembersEditorMessageKey>> = {
  politician: "membersEditorKindPolitician",
  official: "membersEditorKindOfficial",
  "user-representative": "membersEditorKindUserRepresentative",
  citizen: "membersEditorKindCitizen",
  other: "membersEditorKindOther",
};

/** The kind a new member most likely is, from who sits in the forum. */
function likelyKind(forum: Forum): MemberKind | "" {
  if (forum.composition === "politicians") return "politician";
  if (forum.composition === "officials") return "official";
  return "";
}

/** The workspace's organisations as options, by name. */
function organisationOptions(ws: Workspace): FieldOption[] {
  return ws.organisations
    .map((o) => ({ value: o.id, label: o.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "sv"));
}

/** Add a member: a form with its error summary, handing one change to the host. */
export function AddMemberForm({
  workspace,
  forum,
  onChange,
  announce,
  tools,
  today,
  headingLevel,
  onDone,
  onCancel,
}: MembersFormProps) {
  const { t, text, locale } = tools;
  const id = useId();
  const task = useMembersTask({ workspace, onChange, announce, tools });
  const people = useMemo(() => personOptions(workspace), [workspace]);
  const organisations = useMemo(() => organisationOptions(workspace), [workspace]);
  const [mode, setMode] = useState<"existing" | "new">(people.length === 0 ? "new" : "existing");
  const person = usePersonFields(workspace);
  const [organisationId, setOrganisationId] = useState("");
  const [sectorId, setSectorId] = useState("");
  const [roles, setRoles] = useState<readonly string[]>(["member"]);
  const [kind, setKind] = useState<MemberKind | "">(() => likelyKind(forum));
  const [hasMandate, setHasMandate] = useState(false);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState("");

  const ids = {
    mode: `${id}-mode`,
    personId: `${id}-person`,
    name: `${id}-name`,
    title: `${id}-title`,
    organisationId: `${id}-organisation`,
    sectorId: `${id}-sector`,
    roles: `${id}-roles`,
    kind: `${id}-kind`,
    hasMandate: `${id}-mandate`,
    from: `${id}-from`,
    to: `${id}-to`,
  };
  const targetOf = (field: string): string | undefined => {
    if (field === "roles") return `${ids.roles}-0`;
    if (field === "personId" && mode === "new") return ids.name;
    // Only the fields on screen: a link to a field of the other choice of person would lead nowhere.
    if ((field === "name" || field === "title") && mode === "existing") return undefined;
    return field in ids ? ids[field as keyof typeof ids] : undefined;
  };
  const error = (field: string) => errorOf(task.errors, field);

  const submit = async () => {
    if (task.pending) return;
    const found: FormError[] = [];
    found.push(...person.errors(mode, tools));
    if (organisationId === "") found.push({ field: "organisationId", message: t("membersEditorMissingOrganisation") });
    if (roles.length === 0) found.push({ field: "roles", message: t("membersEditorMissingRoles") });
    if (kind === "") found.push({ field: "kind", message: t("membersEditorMissingKind") });
    if (!looksLikeDate(from.trim())) found.push({ field: "from", message: t("membersEditorMissingDate") });
    if (to.trim() !== "" && !looksLikeDate(to.trim()))
      found.push({ field: "to", message: t("membersEditorMissingDate") });
    if (found.length > 0 || kind === "") {
      task.fail(found);
      return;
    }
    const change = seatChange(person.choice(mode), {
      forumId: forum.id,
      organisationId,
      sectorId: sectorId === "" ? undefined : sectorId,
      roles: SEAT_ROLES.filter((role) => roles.includes(role)),
      kind,
      hasMandate,
      from: from.trim(),
      to: to.trim() === "" ? undefined : to.trim(),
    });
    const saved = await task.save(change, {
      task: "addMember",
      command: "addMembership",
      commands: mode === "new" ? ["addPerson", "addMembership"] : ["addMembership"],
      forumId: forum.id,
    });
    if (!saved) return;
    onDone(
      t("membersEditorSavedAdded", { name: person.displayName(mode, ""), date: formatLocaleDate(from.trim(), locale) }),
    );
  };

  return (
    <MembersForm
      id={id}
      headingLevel={headingLevel}
      title={t("membersEditorTaskAdd")}
      task={task}
      targetOf={targetOf}
      onSubmit={() => void submit()}
    >
      <ChoiceGroup
        id={ids.mode}
        type="radio"
        legend={t("membersEditorPersonLegend")}
        error={null}
        options={[
          ...(people.length === 0 ? [] : [{ value: "existing", label: t("membersEditorPersonExisting") }]),
          { value: "new", label: t("membersEditorPersonNew") },
        ]}
        values={[mode]}
        onChange={([value]) => setMode(value === "new" ? "new" : "existing")}
      />
      <PersonFields
        mode={mode}
        person={person}
        people={people}
        ids={ids}
        error={error}
        nameError={joinErrors(error("name"), error("personId"))}
        tools={tools}
      />
      <SelectField
        id={ids.organisationId}
        label={t("membersEditorOrganisation")}
        error={error("organisationId")}
        value={organisationId}
        onChange={setOrganisationId}
        options={organisations}
        placeholder={t("membersEditorChoose")}
      />
      <SelectField
        id={ids.sectorId}
        label={`${t("membersEditorSector")} ${t("membersEditorOptional")}`}
        error={error("sectorId")}
        value={sectorId}
        onChange={setSectorId}
        options={workspace.profile.sectors.map((s) => ({ value: s.id, label: text(s.name) }))}
        placeholder={t("membersEditorNoSector")}
      />
      <ChoiceGroup
        id={ids.roles}
        type="checkbox"
        legend={t("membersEditorRoles")}
        error={error("roles")}
        options={SEAT_ROLES.map((role: MembershipRole) => ({ value: role, label: roleName(role, locale) }))}
        values={roles}
        onChange={setRoles}
      />
      <SelectField
        id={ids.kind}
        label={t("membersEditorKind")}
        error={error("kind")}
        value={kind}
        onChange={(value) => setKind(value as MemberKind | "")}
        options={MEMBER_KINDS.map((k) => ({ value: k, label: t(MEMBER_KIND_KEYS[k]) }))}
        placeholder={t("membersEditorChoose")}
      />
      <CheckboxField
        id={ids.hasMandate}
        label={t("membersEditorMandate")}
        error={error("hasMandate")}
        checked={hasMandate}
        onChange={setHasMandate}
      />
      <TextField
        id={ids.from}
        label={t("membersEditorFrom")}
        hint={t("membersEditorDateHint")}
        error={error("from")}
        value={from}
        onChange={setFrom}
      />
      <TextField
        id={ids.to}
        label={`${t("membersEditorTo")} ${t("membersEditorOptional")}`}
        hint={t("membersEditorToHint")}
        error={error("to")}
        value={to}
        onChange={setTo}
      />
      <SaveAndClose submitLabel={t("membersEditorTaskAdd")} pending={task.pending} tools={tools} onCancel={onCancel} />
    </MembersForm>
  );
}

/** Two messages of one field joined, or null when there is none. */
function joinErrors(...messages: readonly (string | null)[]): string | null {
  const present = messages.filter((m): m is string => m !== null);
  return present.length === 0 ? null : present.join(" ");
}
