/**
 * Bench page entry: the kit's `MetodstodWorkbook`, imported the way a host imports it (the package root and its
 * stylesheet), for one leadership of the workspace the host holds, saving into the host's state as a host
 * without a store would (the change applied to the workspace it holds now). Drafts go to `localStorage`, the
 * default, empty in each fresh browser context.
 */
import "@systemledning/react/styles.css";
import type { Workspace } from "@systemledning/core/workspace";
import { MetodstodWorkbook, type KitWorkspaceChange } from "@systemledning/react";
import { useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { registerWorkbookCandidate, type WorkbookCandidate } from "./page.js";
import type { OursWorkbookData } from "./protocol.js";

function Host({ data }: { readonly data: OursWorkbookData }) {
  const [workspace, setWorkspace] = useState<Workspace>(data.workspace);
  const apply = async (change: KitWorkspaceChange) => {
    const result = await change(workspace);
    if (result.ok) setWorkspace(result.value);
    return result.ok ? { ok: true as const } : { ok: false as const, error: result.error };
  };
  return (
    <MetodstodWorkbook
      workspace={workspace}
      leadershipId={data.leadershipId}
      asOf={data.asOf}
      locale="sv"
      onChange={apply}
    />
  );
}

/** Our workbook: every part of the Metodstöd on one page, each question a labelled textarea. */
export const ours: WorkbookCandidate<OursWorkbookData> = {
  mount(host, data) {
    const root = createRoot(host);
    // flushSync: the first pass renders and commits now, not in a scheduler task.
    flushSync(() => root.render(<Host data={data} />));
    const questionText = (questionId: string) =>
      data.workspace.profile.charterQuestions.find((question) => question.id === questionId)?.text.sv;
    return {
      // By the question's words, as a reader finds it: the label names its textarea.
      answerField(questionId) {
        const label = [...host.querySelectorAll("label")].find(
          (candidate) => candidate.textContent?.trim() === questionText(questionId),
        );
        const field = label === undefined ? null : document.getElementById(label.htmlFor);
        if (!(field instanceof HTMLTextAreaElement)) throw new Error(`ours: no textarea for "${questionId}"`);
        return field;
      },
      ready: () => true,
    };
  },
};

registerWorkbookCandidate(ours);
