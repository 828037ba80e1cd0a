/**
 * "Ange ersättare": for a member with mandate, who stands in when they cannot come. The substitute is someone
 * new or already listed, who gets a substitute seat for the same organisation and sector (`addMembership` with
 * the role `substitute` and `substituteForId`, after `addPerson` for someone new), or another member of the
 * forum whose seat is linked (`setSubstitute`). The member's present substitutes are listed with a button each
 * to remove the link (`setSubstitute` with null); the seat itself stays.
 */
import { useId, useMemo, useRef, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { ChoiceGroup, errorOf, SelectField, TextField, type FormError } from "./members-fields.js";
import { MembersForm, PersonFields, personOptions, SaveAndClose, usePersonFields } from "./members-form-parts.js";
import type { MembersFormProps } from "./members-form-props.js";
import { looksLikeDate, mandateHolders, seatChange, substituteLinkChange, type MemberRow } from "./members-model.js";
import { seatLabel } from "./members-names.js";
import { useMembersTask } from "./use-members-task.js";

type SubstituteMode = "new" | "existing" | "seat";

/** Fields of the substitute's seat that come from the member's: an issue with them is shown at the member. */
const FROM_HOLDER = new Set([
  "substituteForId",
  "organisationId",
  "sectorId",
  "kind",
  "roles",
  "hasMandate",
  "forumId",
]);

/** Set, or remove, a substitute of a member with mandate. */
export function SubstituteForm({
  workspace,
  forum,
  rows,
  onChange,
  announce,
  tools,
  today,
  asOf,
  headingLevel,
  onDone,
  onCancel,
}: MembersFormProps) {
  const { t, locale } = tools;
  const id = useId();
  const task = useMembersTask({ workspace, onChange, announce, tools });
  const holders = useMemo(() => mandateHolders(rows), [rows]);
  const people = useMemo(() => personOptions(workspace), [workspace]);
  const [holderId, setHolderId] = useState("");
  const [mode, setMode] = useState<SubstituteMode>("new");
  const [seatId, setSeatId] = useState("");
  const person = usePersonFields(workspace);
  const [from, setFrom] = useState(today);
  const [clearedId, setClearedId] = useState(0);
  const currentRef = useRef<HTMLParagraphElement>(null);
  const holder = holders.find((row) => row.membership.id === holderId);
  // Seats the core lets stand in for the member: another seat, not one that has substitutes of its own.
  const seats = rows.filter(
    (row) =>
      row.membership.id !== holderId && row.substitutes.length === 0 && row.membership.substituteForId !== holderId,
  );

  // After a substitute is removed its button is gone: focus the sentence that now says who is left.
  useClientLayoutEffect(() => {
    if (clearedId > 0) currentRef.current?.focus();
  }, [clearedId]);

  const ids = {
    holderId: `${id}-holder`,
    mode: `${id}-mode`,
    seatId: `${id}-seat`,
    personId: `${id}-person`,
    name: `${id}-name`,
    title: `${id}-title`,
    from: `${id}-from`,
  };
  const fieldOf = (field: string): string => {
    if (FROM_HOLDER.has(field)) return "holderId";
    if (field === "membershipId") return "seatId";
    if (field === "personId" && mode === "new") return "name";
    return field;
  };
  // Only the fields on screen: a link to a field of another choice would lead nowhere.
  const shown = new Set<string>(
    holders.length === 0
      ? []
      : [
          "holderId",
          mode === "seat" ? "seatId" : "from",
          ...(mode === "existing" ? ["personId"] : []),
          ...(mode === "new" ? ["name", "title"] : []),
        ],
  );
  const targetOf = (field: string): string | undefined => {
    const own = fieldOf(field);
    return shown.has(own) ? ids[own as keyof typeof ids] : undefined;
  };
  const error = (field: string) =>
    errorOf(
      task.errors.map((e) => (e.field === null ? e : { ...e, field: fieldOf(e.field) })),
      field,
    );

  const submit = async () => {
    if (task.pending) return;
    const found: FormError[] = [];
    if (holder === undefined) found.push({ field: "holderId", message: t("membersEditorMissingHolder") });
    if (mode === "seat" && seatId === "") found.push({ field: "seatId", message: t("membersEditorMissingSeat") });
    if (mode !== "seat") found.push(...person.errors(mode, tools));
    if (mode !== "seat" && !looksLikeDate(from.trim()))
      found.push({ field: "from", message: t("membersEditorMissingDate") });
    if (found.length > 0 || holder === undefined) {
      task.fail(found);
      return;
    }
    const seat = holder.membership;
    let substituteName: string;
    let saved: boolean;
    if (mode === "seat") {
      substituteName = rows.find((row) => row.membership.id === seatId)?.name ?? "";
      saved = await task.save(substituteLinkChange(seatId, seat.id), {
        task: "setSubstitute",
        command: "setSubstitute",
        commands: ["setSubstitute"],
        forumId: forum.id,
        membershipId: seatId,
      });
    } else {
      substituteName = person.displayName(mode, person.personId);
      const change = seatChange(person.choice(mode), {
        forumId: forum.id,
        organisationId: seat.organisationId,
        sectorId: seat.sectorId,
        roles: ["substitute"],
        kind: seat.kind,
        // A substitute decides when standing in (the Metodstöd's substitutes have the mandate of the member).
        hasMandate: true,
        from: from.trim(),
        substituteForId: seat.id,
      });
      saved = await task.save(change, {
        task: "setSubstitute",
        command: "addMembership",
        commands: mode === "new" ? ["addPerson", "addMembership"] : ["addMembership"],
        forumId: forum.id,
        membershipId: seat.id,
      });
    }
    if (saved) onDone(t("membersEditorSavedSubstitute", { name: substituteName, holder: holder.name }));
  };

  const clear = async (substitute: MemberRow) => {
    if (task.pending || holder === undefined) return;
    const saved = await task.save(
      substituteLinkChange(substitute.membership.id, null),
      {
        task: "clearSubstitute",
        command: "setSubstitute",
        commands: ["setSubstitute"],
        forumId: forum.id,
        membershipId: substitute.membership.id,
      },
      // The refusal is of the link shown above the fields, not of any field.
      { fieldless: true },
    );
    if (!saved) return;
    setClearedId((n) => n + 1);
    onDone(t("membersEditorSavedCleared", { name: substitute.name, holder: holder.name }), { close: false });
  };

  const substitutes = holder === undefined ? [] : rows.filter((row) => row.membership.substituteForId === holderId);

  return (
    <MembersForm
      id={id}
      headingLevel={headingLevel}
      title={t("membersEditorTaskSubstitute")}
      task={task}
      targetOf={targetOf}
      onSubmit={() => void submit()}
    >
      {holders.length === 0 ? (
        <p>{t("membersEditorNoHolders", { date: formatLocaleDate(asOf, locale) })}</p>
      ) : (
        <>
          <SelectField
            id={ids.holderId}
            label={t("membersEditorHolder")}
            error={error("holderId")}
            value={holderId}
            onChange={setHolderId}
            options={holders.map((row) => ({ value: row.membership.id, label: seatLabel(row, locale) }))}
            placeholder={t("membersEditorChoose")}
          />
          {holder === undefined ? null : (
            <div className="sl-members-current">
              <p ref={currentRef} tabIndex={-1} className="sl-members-current-text">
                {substitutes.length === 0
                  ? t("membersEditorNoSubstitute", { name: holder.name })
                  : t("membersEditorCurrentSubstitutes", { names: substitutes.map((row) => row.name).join(", ") })}
              </p>
              {substitutes.length === 0 ? null : (
                <ul className="sl-members-current-list">
                  {substitutes.map((row) => (
                    <li key={row.membership.id}>
                      {/* A seat that is only a substitute's cannot lose the link (the core refuses): it is ended. */}
                      {row.membership.roles.length === 1 ? (
                        <p className="sl-members-current-text">
                          {t("membersEditorSubstituteOnly", { name: row.name })}
                        </p>
                      ) : (
                        <button
                          type="button"
                          className="sl-button sl-button-small"
                          aria-disabled={task.pending || undefined}
                          onClick={() => void clear(row)}
                        >
                          {t("membersEditorClearSubstitute", { name: row.name })}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <ChoiceGroup
            id={ids.mode}
            type="radio"
            legend={t("membersEditorSubstituteLegend")}
            hint={t("membersEditorSubstituteHint")}
            error={null}
            options={[
              { value: "new", label: t("membersEditorPersonNew") },
              ...(people.length === 0 ? [] : [{ value: "existing", label: t("membersEditorPersonExisting") }]),
              ...(seats.length === 0 ? [] : [{ value: "seat", label: t("membersEditorSubstituteSeat") }]),
            ]}
            values={[mode]}
            onChange={([value]) => setMode(value === "existing" || value === "seat" ? value : "new")}
          />
          {mode === "seat" ? (
            <SelectField
              id={ids.seatId}
              label={t("membersEditorSubstituteSeatField")}
              hint={t("membersEditorSubstituteSeatHint")}
              error={error("seatId")}
              value={seatId}
              onChange={setSeatId}
              options={seats.map((row) => ({ value: row.membership.id, label: seatLabel(row, locale) }))}
              placeholder={t("membersEditorChoose")}
            />
          ) : (
            <PersonFields
              mode={mode}
              person={person}
              people={people}
              ids={ids}
              error={error}
              nameError={error("name")}
              tools={tools}
            />
          )}
          {mode === "seat" ? null : (
            <TextField
              id={ids.from}
              label={t("membersEditorFrom")}
              hint={t("membersEditorDateHint")}
              error={error("from")}
              value={from}
              onChange={setFrom}
            />
          )}
        </>
      )}
      <SaveAndClose
        submitLabel={holders.length === 0 ? null : t("membersEditorSubstituteSubmit")}
        pending={task.pending}
        tools={tools}
        onCancel={onCancel}
      />
    </MembersForm>
  );
}
