/**
 * "Avsluta uppdrag": a seat ends on a day (`endMembership`). Ending cannot be taken back from here, so the form
 * asks once more, in the page (no modal, nothing traps focus): the question takes focus, "Ja" ends the seat,
 * "Nej" returns to the button. The person stays, and so does everything that refers to the seat: a decision,
 * an attendance, an annotation (history is kept, docs/domain.md).
 */
import { useId, useRef, useState } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { errorOf, SelectField, TextField, type FormError } from "./members-fields.js";
import { MembersForm } from "./members-form-parts.js";
import type { MembersFormProps } from "./members-form-props.js";
import { endSeatChange, looksLikeDate } from "./members-model.js";
import { seatLabel } from "./members-names.js";
import { useMembersTask } from "./use-members-task.js";

/** End a seat on a day, after a confirmation. */
export function EndMembershipForm({
  workspace,
  forum,
  rows,
  onChange,
  announce,
  tools,
  today,
  headingLevel,
  onDone,
  onCancel,
}: MembersFormProps) {
  const { t, locale } = tools;
  const id = useId();
  const task = useMembersTask({ workspace, onChange, announce, tools });
  const [membershipId, setMembershipId] = useState("");
  const [on, setOn] = useState(today);
  // Which question is asked: each "Avsluta" press that passes the checks asks again (and takes focus again).
  const [confirming, setConfirming] = useState(0);
  const [backToButton, setBackToButton] = useState(0);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const row = rows.find((r) => r.membership.id === membershipId);

  useClientLayoutEffect(() => {
    if (confirming > 0) questionRef.current?.focus();
  }, [confirming]);
  useClientLayoutEffect(() => {
    if (backToButton > 0) buttonRef.current?.focus();
  }, [backToButton]);

  const ids = { membershipId: `${id}-seat`, on: `${id}-on` };
  const targetOf = (field: string): string | undefined => (field in ids ? ids[field as keyof typeof ids] : undefined);
  const error = (field: string) => errorOf(task.errors, field);
  // Changing what is asked about takes the question back.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setConfirming(0);
    };

  const ask = () => {
    if (task.pending) return;
    const found: FormError[] = [];
    if (row === undefined) found.push({ field: "membershipId", message: t("membersEditorMissingEndSeat") });
    if (!looksLikeDate(on.trim())) found.push({ field: "on", message: t("membersEditorMissingDate") });
    if (found.length > 0) {
      setConfirming(0);
      task.fail(found);
      return;
    }
    task.clear();
    setConfirming((n) => n + 1);
  };

  const confirm = async () => {
    if (task.pending || row === undefined) return;
    const saved = await task.save(endSeatChange(row.membership.id, on.trim()), {
      task: "endMembership",
      command: "endMembership",
      commands: ["endMembership"],
      forumId: forum.id,
      membershipId: row.membership.id,
    });
    setConfirming(0);
    if (saved) onDone(t("membersEditorSavedEnded", { name: row.name, date: formatLocaleDate(on.trim(), locale) }));
  };

  const questionId = `${id}-question`;
  return (
    <MembersForm
      id={id}
      headingLevel={headingLevel}
      title={t("membersEditorTaskEnd")}
      task={task}
      targetOf={targetOf}
      onSubmit={ask}
    >
      {rows.length === 0 ? (
        <p>{t("membersEditorNoSeats")}</p>
      ) : (
        <>
          <SelectField
            id={ids.membershipId}
            label={t("membersEditorEndSeat")}
            error={error("membershipId")}
            value={membershipId}
            onChange={edit(setMembershipId)}
            options={rows.map((r) => ({ value: r.membership.id, label: seatLabel(r, locale) }))}
            placeholder={t("membersEditorChoose")}
          />
          <TextField
            id={ids.on}
            label={t("membersEditorEndOn")}
            hint={t("membersEditorEndHint")}
            error={error("on")}
            value={on}
            onChange={edit(setOn)}
          />
        </>
      )}
      {confirming > 0 && row !== undefined ? (
        <div className="sl-members-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId} ref={questionRef} tabIndex={-1} className="sl-members-confirm-question">
            {t("membersEditorEndConfirmQuestion", { name: row.name, date: formatLocaleDate(on.trim(), locale) })}
          </p>
          <div className="sl-form-actions">
            <button
              type="button"
              className="sl-button sl-button-danger"
              aria-disabled={task.pending || undefined}
              onClick={() => void confirm()}
            >
              {task.pending ? t("membersEditorSaving") : t("membersEditorEndConfirmYes")}
            </button>
            <button
              type="button"
              className="sl-button"
              onClick={() => {
                setConfirming(0);
                setBackToButton((n) => n + 1);
              }}
            >
              {t("membersEditorEndConfirmNo")}
            </button>
          </div>
        </div>
      ) : (
        <div className="sl-form-actions">
          {rows.length === 0 ? null : (
            <button ref={buttonRef} type="submit" className="sl-button sl-button-primary">
              {t("membersEditorEndSubmit")}
            </button>
          )}
          <button type="button" className="sl-button" onClick={onCancel}>
            {t("membersEditorClose")}
          </button>
        </div>
      )}
    </MembersForm>
  );
}
