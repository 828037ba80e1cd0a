import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import {
  MetodstodWorkbook,
  type DraftStorage,
  type KitWorkspaceChange,
  type MetodstodWorkbookProps,
} from "@systemledning/react";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { HOSTILE_STRINGS, loadHostileSample, loadSample, STORY_AS_OF } from "../sample.js";
import { KALMAR_AS_OF, loadKalmarSample } from "./hosts.js";

const sample = loadSample();

/** Drafts in memory, one store per story: a story never finds what another one typed. */
function memoryDrafts(): DraftStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The workbook in a host that applies each change to the workspace it holds, as `updateWorkspace` would. */
function WorkbookHost({
  workspace: initial,
  onSaved,
  draftStorage,
  ...props
}: Omit<MetodstodWorkbookProps, "onChange"> & { readonly onSaved?: (next: Workspace) => void }) {
  const [workspace, setWorkspace] = useState(initial);
  const [drafts] = useState(() => draftStorage ?? memoryDrafts());
  const apply = async (change: KitWorkspaceChange) => {
    const result = await change(workspace);
    if (!result.ok) return { ok: false as const, error: result.error };
    setWorkspace(result.value);
    onSaved?.(result.value);
    return { ok: true as const };
  };
  return <MetodstodWorkbook {...props} workspace={workspace} draftStorage={drafts} onChange={apply} />;
}

const LONG_TEXT = `${"Vi vill att invånarna i hela kommunen ska mötas av en sammanhållen vård och omsorg, där socialtjänst, skola, elevhälsa, primärvård och specialistvård planerar, följer upp och förbättrar tillsammans. ".repeat(6)}${HOSTILE_STRINGS.join(" ")}`;

/** Mora's charter with very long texts, answers and principles, hostile strings among them. */
function loadLongTexts(): Workspace {
  const ws = loadHostileSample();
  return {
    ...ws,
    charters: ws.charters.map((charter) =>
      charter.leadershipId === "ls-mora"
        ? {
            ...charter,
            purpose: LONG_TEXT,
            vision: LONG_TEXT,
            principles: [...charter.principles, LONG_TEXT, HOSTILE_STRINGS[5]],
            answers: { ...charter.answers, vision: LONG_TEXT, "composition-actors": HOSTILE_STRINGS.join("\n\n") },
          }
        : charter,
    ),
  };
}

const meta = {
  title: "Struktur/Metodstödets arbetsbok",
  component: WorkbookHost,
  args: { workspace: sample, leadershipId: "ls-mora", asOf: STORY_AS_OF, onSaved: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof WorkbookHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Mora's local leadership, partly written (12 of 35): answering whether the vision is clear and leaving the field
 * saves it, and the completeness grows.
 */
export const Mora: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Metodstöd: Lokal systemledning Mora" })).toBeVisible();
    const field = canvas.getByLabelText(
      "Har ni en lokal målbild? Är den tydlig för alla deltagare/aktörer i systemledningen?",
    );
    await userEvent.type(field, "Ja, den är känd av alla.");
    await userEvent.tab();
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await waitFor(() => expect(canvasElement.querySelector(".sl-workbook-count")!.textContent).toMatch(/^13 av 35/));
  },
};

/** Region Kalmar län's Länsgemensam ledning, with Kalmar's own questions. */
export const KalmarLgl: Story = {
  args: { workspace: loadKalmarSample(), leadershipId: "ls-lgl", asOf: KALMAR_AS_OF },
};

/** Vansbro has no charter: every part open, the county's principles and tasks offered as the start. */
export const EmptyLeadership: Story = {
  args: { leadershipId: "ls-vansbro" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Använd länets principer" })).toBeVisible();
    await expect(canvasElement.querySelector(".sl-workbook-count")!.textContent).toMatch(/^0 av 35/);
  },
};

/** Very long texts and hostile strings in the charter wrap and stay inert text. */
export const VeryLongTexts: Story = { args: { workspace: loadLongTexts() } };

/** In English: the Metodstöd's parts and questions in the project's English, the charter's texts in Swedish. */
export const InEnglish: Story = { args: { locale: "en" } };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
