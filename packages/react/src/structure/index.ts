/**
 * The structure views: who sits in each forum, whether the structure questions are answered, and the editor
 * that changes a forum's members. Each is its own widget (an `sl-root` with `lang`, an error boundary and a
 * polite live region), takes plain data and hands changes back through callbacks.
 * @module
 */
export { MembersEditor, type MembersEditorProps } from "./members-editor.js";
export {
  getMemberRows,
  type MemberRow,
  type MembersChangeContext,
  type MembersCommandName,
  type MembersTask,
} from "./members-model.js";
