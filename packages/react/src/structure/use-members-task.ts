/**
 * How each of the editor's forms saves: {@link useFormTask} with the editor's field of an issue and its summary's
 * words. The change is first tried on the workspace shown, then handed to the host, whose answer decides the
 * outcome; everything typed stays until the save is confirmed.
 */
import type { Workspace } from "@systemledning/core/workspace";
import type { KitChangeHandler } from "../store/change.js";
import { fieldOfIssue, type MembersChangeContext } from "./members-model.js";
import type { MembersEditorTools } from "./messages-members.js";
import { useFormTask, type FormTaskState } from "./use-form-task.js";

/** Options of {@link useMembersTask}. */
export interface UseMembersTaskOptions {
  readonly workspace: Workspace;
  readonly onChange: KitChangeHandler<MembersChangeContext>;
  readonly announce: (message: string) => void;
  readonly tools: MembersEditorTools;
}

/**
 * The errors, attempts and saving state of one form, and `save(change, context)`, which answers whether the
 * change was saved.
 *
 * @example
 * const task = useMembersTask({ workspace, onChange, announce, tools });
 * if (await task.save(endSeatChange("m-1", "2026-06-30"), context)) close();
 */
export function useMembersTask({ workspace, onChange, announce, tools }: UseMembersTaskOptions) {
  return useFormTask<MembersChangeContext>({
    workspace,
    onChange,
    announce,
    locale: tools.locale,
    fieldOf: fieldOfIssue,
    summaryTitle: (count) =>
      count === 1
        ? tools.t("membersEditorErrorSummaryOne")
        : tools.t("membersEditorErrorSummary", { count: tools.number(count) }),
  });
}

/** What {@link useMembersTask} gives a form. */
export type MembersTaskState = FormTaskState<MembersChangeContext>;
