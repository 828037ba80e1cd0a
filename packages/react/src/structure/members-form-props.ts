/**
 * What the editor gives each of its forms: the workspace and forum, the host's `onChange`, the widget's live
 * region and texts, today's date for the date fields, the heading level of the form's title, and what to do
 * when the form is done (saved, with the words to confirm it) or closed.
 */
import type { Forum } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import type { KitChangeHandler } from "../store/change.js";
import type { MemberRow, MembersChangeContext } from "./members-model.js";
import type { MembersEditorTools } from "./messages-members.js";

/** Props of each of the editor's forms. */
export interface MembersFormProps {
  readonly workspace: Workspace;
  readonly forum: Forum;
  /** The forum's seats on the editor's day. */
  readonly rows: readonly MemberRow[];
  readonly onChange: KitChangeHandler<MembersChangeContext>;
  readonly announce: (message: string) => void;
  readonly tools: MembersEditorTools;
  /** The day the editor's list is for. */
  readonly asOf: string;
  /** Today in Stockholm, `YYYY-MM-DD`: where the date fields start. */
  readonly today: string;
  readonly headingLevel: 3 | 4 | 5 | 6;
  /**
   * The change was saved: `message` confirms it. With `close`, the form goes and focus returns to the button
   * that opened it; without, the form stays (it moved focus itself).
   */
  readonly onDone: (message: string, options?: { readonly close: boolean }) => void;
  /** Close the form without saving; focus returns to the button that opened it. */
  readonly onCancel: () => void;
}
