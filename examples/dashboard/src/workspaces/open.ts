/**
 * Opening a workspace choice: its store (`../store.ts`), seeded when empty — a county from
 * `loadBundledCounty`, an address by fetching it through the door — and the day its answers are for.
 */
import { BUNDLED_COUNTIES, loadBundledCounty } from "@systemledning/core/counties";
import type { Workspace, WorkspaceStore } from "@systemledning/core/workspace";
import { loadOrSeed, openStore, type DashboardSource } from "../store.js";
import { storageKeyOf, type WorkspaceChoice } from "./choice.js";
import { fetchWorkspace, type IntakeIssue } from "./intake.js";

/** A workspace opened: the choice, its storage key and its store, which holds it. */
export interface OpenedWorkspace {
  readonly choice: WorkspaceChoice;
  readonly key: string;
  readonly store: WorkspaceStore & { close?: () => void };
}

/** A workspace that could not be opened, with the issues to show and what it was (a file's name, an address). */
export class WorkspaceIntakeError extends Error {
  constructor(
    readonly source: string,
    readonly issues: readonly IntakeIssue[],
  ) {
    super(`The workspace in ${source} was refused: ${issues.map((issue) => issue.code).join(", ")}`);
    this.name = "WorkspaceIntakeError";
  }
}

/** The browser's fetch, for `?workspace=` addresses. */
export const browserFetch = (url: string) => fetch(url, { credentials: "same-origin" });

/** What fills an empty store for a choice: a county's sample, an address's document; a file has none left. */
export function seedOf(choice: WorkspaceChoice, base: string): (() => Promise<Workspace>) | undefined {
  if (choice.kind === "county")
    return async () => {
      const county = await loadBundledCounty(choice.id);
      if (county === undefined) throw new Error(`No bundled county has the id ${choice.id}.`);
      return county.workspace;
    };
  if (choice.kind === "address")
    return async () => {
      const result = await fetchWorkspace(choice.address, base, browserFetch);
      if (!result.ok) throw new WorkspaceIntakeError(choice.address, result.issues);
      return result.workspace;
    };
  return undefined;
}

/**
 * Open a choice's store and load it, seeding it when empty (with `seed`, else {@link seedOf} the choice). `null`
 * when nothing is stored and there is no seed (a file whose stored copy this browser no longer has).
 */
export async function openChoice(
  source: DashboardSource,
  choice: WorkspaceChoice,
  base: string,
  seed: (() => Promise<Workspace>) | undefined = seedOf(choice, base),
): Promise<OpenedWorkspace | null> {
  const key = storageKeyOf(choice);
  const store = openStore(source, key);
  try {
    const stored = await loadOrSeed(store, seed);
    if (stored !== null) return { choice, key, store };
  } catch (error) {
    store.close?.();
    throw error;
  }
  store.close?.();
  return null;
}

/** Today in this browser's time zone, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day the answers are for: `?asOf=2026-01-15` when the address asks; else a county sample's own day (a sample is
 * a snapshot); else today, for a workspace of the user's own.
 */
export function asOfFor(choice: WorkspaceChoice, search: string): string {
  const requested = new URLSearchParams(search).get("asOf");
  if (requested !== null && /^\d{4}-\d{2}-\d{2}$/.test(requested)) return requested;
  if (choice.kind === "county") {
    const county = BUNDLED_COUNTIES.find((entry) => entry.id === choice.id);
    if (county !== undefined) return county.sampleAsOf;
  }
  return today();
}
