/**
 * The host of MembersEditor's jsdom tests: it applies each change to the workspace it holds and passes the
 * result back, as an intranet page does with its store, or answers as a store might (a refusal of its newer
 * document, a clash). And the helpers the tests share: the Dalarna sample, the live region, Tab to an element.
 */
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import type { Workspace } from "@systemledning/core/workspace";
import { render } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { useRef, useState } from "react";
import { expect, vi } from "vitest";
import { MembersEditor, type MembersEditorProps } from "../../../packages/react/src/structure/members-editor.js";
import type { MembersChangeContext } from "../../../packages/react/src/structure/members-model.js";
import type { KitChangeOutcome, KitWorkspaceChange } from "../../../packages/react/src/store/change.js";

/** user-event's arrow keys in a radio group find the group with CSS.escape, which jsdom lacks. */
export function polyfillCssEscape() {
  // The names are React's ids in a quoted selector: escaping quotes and backslashes is all it needs.
  if (typeof globalThis.CSS?.escape !== "function") {
    Object.defineProperty(window, "CSS", {
      configurable: true,
      value: { escape: (text: string) => text.replace(/["\\]/g, "\\$&") },
    });
  }
}

export const sample = createDalarnaSampleWorkspace();
export const AS_OF = DALARNA_SAMPLE_AS_OF;
export const NOW = new Date("2026-05-13T10:00:00+02:00");
/** Vansbro's local leadership: five seats on the day, two of them substitutes. */
export const FORUM = "f-vansbro";

export type Saved = (next: Workspace, context: MembersChangeContext) => void;

/** A host that applies each change to the workspace it holds and passes the result back, as a store would. */
function Host({
  initial,
  onSaved,
  answer,
  ...props
}: Omit<MembersEditorProps, "workspace" | "onChange"> & {
  readonly initial: Workspace;
  readonly onSaved: Saved;
  /** Replaces the store's answer (a refusal of the store's newer document, a clash). */
  readonly answer?: (() => KitChangeOutcome) | undefined;
}) {
  const [workspace, setWorkspace] = useState(initial);
  const current = useRef(initial);
  const onChange = async (change: KitWorkspaceChange, context: MembersChangeContext): Promise<KitChangeOutcome> => {
    if (answer !== undefined) return answer();
    const result = await change(current.current);
    if (!result.ok) return { ok: false, error: result.error };
    current.current = result.value;
    setWorkspace(result.value);
    onSaved(result.value, context);
    return { ok: true };
  };
  return <MembersEditor {...props} workspace={workspace} onChange={onChange} />;
}

export function renderEditor(
  options: {
    forumId?: string;
    workspace?: Workspace;
    locale?: "sv" | "en";
    answer?: () => KitChangeOutcome;
  } = {},
) {
  const user = userEvent.setup();
  const onSaved = vi.fn<Saved>();
  render(
    <Host
      initial={options.workspace ?? sample}
      forumId={options.forumId ?? FORUM}
      asOf={AS_OF}
      now={() => NOW}
      onSaved={onSaved}
      answer={options.answer}
      {...(options.locale === undefined ? {} : { locale: options.locale })}
    />,
  );
  return { user, onSaved };
}

export { liveRegion } from "../../fixtures/live-region.js";

/** Press Tab until `target` has focus: the keyboard reaches it (or the test fails after 200 presses). */
export async function tabTo(user: UserEvent, target: HTMLElement) {
  for (let presses = 0; presses < 200 && document.activeElement !== target; presses++) await user.tab();
  expect(document.activeElement).toBe(target);
}

export const lastSaved = (onSaved: ReturnType<typeof vi.fn<Saved>>) => onSaved.mock.calls.at(-1)!;
