/**
 * The state and behaviour of the Metodstöd workbook apart from its markup: what is being typed (drafts, kept in
 * `drafts.ts` so a reload loses nothing), which field the core or the host refused and why, and the saves. Every
 * save is one of the core's charter commands, checked on the shown workspace and then handed to the host as the
 * command itself (`onChange`), so the host applies it to what its store holds now. Saves run one after another, so
 * a blur and a click on "Spara" never save the same text twice.
 */
import type { CharterTextField } from "@systemledning/core/structure";
import {
  adoptDefaultPrinciples,
  adoptDefaultTasks,
  answerCharterQuestion,
  clearCharterAnswer,
  currentCharterOf,
  setCharterPrinciples,
  setCharterTasks,
  setCharterText,
  type Charter,
  type CharterListField,
} from "@systemledning/core/structure";
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { notSaved, refusalOf, type KitChangeHandler, type KitWorkspaceChange } from "../store/change.js";
import type { MeetingRulesChangeContext } from "./meeting-rules-form.js";
import type { SectorChecklistChangeContext } from "./sector-checklist.js";
import { createDraftStore, sameAsSaved, type DraftStorage, type DraftValue } from "../primitives/drafts.js";

/** The core command behind a change the workbook hands over. */
export type WorkbookCommandName =
  | "answerCharterQuestion"
  | "clearCharterAnswer"
  | "setCharterText"
  | "setCharterPrinciples"
  | "setCharterTasks"
  | "adoptDefaultPrinciples"
  | "adoptDefaultTasks";

/** What `onChange` is told besides a change of the charter. */
export interface WorkbookCharterChangeContext {
  /** The command that makes the change. */
  readonly command: WorkbookCommandName;
  /** The leadership whose charter it changes. */
  readonly leadershipId: string;
  /** The field it saves: `text:<field>`, `answer:<questionId>` or `list:<principles|tasks>`. */
  readonly field: WorkbookFieldKey;
}

/**
 * What `onChange` is told besides the change: a change of the charter (with its field), or of the forum's sectors or
 * meeting rules from the checklist and the meeting-structure form within the workbook.
 */
export type WorkbookChangeContext =
  | WorkbookCharterChangeContext
  | WorkbookAdoptionChangeContext
  | SectorChecklistChangeContext
  | MeetingRulesChangeContext;

/** What `onChange` is told when the leadership adopts its charter (`adoptCharter`) on a day. */
export interface WorkbookAdoptionChangeContext {
  readonly command: "adoptCharter";
  /** The leadership whose charter is adopted. */
  readonly leadershipId: string;
  /** The day of adoption, `YYYY-MM-DD`. */
  readonly on: string;
}

/** A field of the workbook: a charter text, an answer to a question, or a list. */
export type WorkbookFieldKey = `text:${CharterTextField}` | `answer:${string}` | `list:${CharterListField}`;

/** The issues of a refused save, by field; `item` for one entry of a list. */
export interface WorkbookFieldError {
  readonly issues: readonly ValidationIssue[];
  readonly item?: number;
}

/** Options of {@link useWorkbook}. */
export interface UseWorkbookOptions {
  readonly workspace: Workspace;
  readonly leadershipId: string;
  readonly onChange?: KitChangeHandler<WorkbookChangeContext> | undefined;
  readonly draftStorage?: DraftStorage | null | undefined;
}

/** The saved value of a field in a charter (empty when there is none). */
export function savedValueOf(charter: Charter | null, key: WorkbookFieldKey): DraftValue {
  const [kind, name] = splitKey(key);
  if (kind === "list") return charter?.[name as CharterListField] ?? [];
  if (kind === "text") return charter?.[name as CharterTextField] ?? "";
  return charter?.answers[name] ?? "";
}

function splitKey(key: WorkbookFieldKey): readonly [kind: "text" | "answer" | "list", name: string] {
  const colon = key.indexOf(":");
  return [key.slice(0, colon) as "text" | "answer" | "list", key.slice(colon + 1)];
}

/** Every field of the workbook for a profile's questions. */
export function workbookFieldKeys(workspace: Workspace): WorkbookFieldKey[] {
  return [
    "text:purpose",
    "text:why",
    "text:vision",
    "list:principles",
    "list:tasks",
    "text:meetingStructure",
    "text:followUpPlan",
    ...workspace.profile.charterQuestions.map((q): WorkbookFieldKey => `answer:${q.id}`),
  ];
}

type Command = { readonly name: WorkbookCommandName; readonly run: KitWorkspaceChange };

/** The command that saves `value` in the field, or null when saving it changes nothing. */
function commandFor(leadershipId: string, key: WorkbookFieldKey, value: DraftValue, saved: DraftValue): Command | null {
  const [kind, name] = splitKey(key);
  if (kind === "list") {
    const entries = (value as readonly string[]).filter((entry) => entry.trim() !== "");
    if (sameAsSaved(entries, saved)) return null;
    return name === "principles"
      ? { name: "setCharterPrinciples", run: (ws) => setCharterPrinciples(ws, { leadershipId, principles: entries }) }
      : { name: "setCharterTasks", run: (ws) => setCharterTasks(ws, { leadershipId, tasks: entries }) };
  }
  const text = value as string;
  if (text === saved || (text.trim() === "" && saved === "")) return null;
  if (kind === "text") {
    const section = name as CharterTextField;
    return {
      name: "setCharterText",
      run: (ws) => setCharterText(ws, { leadershipId, section, text: text.trim() === "" ? null : text }),
    };
  }
  return text.trim() === ""
    ? { name: "clearCharterAnswer", run: (ws) => clearCharterAnswer(ws, { leadershipId, questionId: name }) }
    : {
        name: "answerCharterQuestion",
        run: (ws) => answerCharterQuestion(ws, { leadershipId, questionId: name, answer: text }),
      };
}

const NO_DRAFTS: Readonly<Partial<Record<WorkbookFieldKey, DraftValue>>> = Object.freeze({});

interface Settled {
  readonly workspace: Workspace;
  readonly values: Readonly<Partial<Record<WorkbookFieldKey, DraftValue>>>;
}

/** The entry of a list an issue points at (`intent.principles[2]`), if any. */
function itemOf(issues: readonly ValidationIssue[]): number | undefined {
  const at = issues[0]?.pathSegments.find((segment) => typeof segment === "number");
  return typeof at === "number" ? at : undefined;
}

/**
 * Drafts, saves and refusals of one leadership's workbook.
 *
 * @example
 * const book = useWorkbook({ workspace, leadershipId: "ls-mora", onChange: updates.apply });
 * book.edit("answer:vision", "Ja"); await book.save(["answer:vision"]);
 */
export function useWorkbook({ workspace, leadershipId, onChange, draftStorage }: UseWorkbookOptions) {
  const store = useMemo(() => createDraftStore(leadershipId, draftStorage), [leadershipId, draftStorage]);
  const charter = useMemo(() => currentCharterOf(workspace, leadershipId), [workspace, leadershipId]);
  const fields = useMemo(() => workbookFieldKeys(workspace), [workspace]);
  // The drafts live in the storage (an external store): the server and hydration see none, the client its own.
  const drafts = useSyncExternalStore(
    store.subscribe,
    () => store.snapshot(fields),
    () => NO_DRAFTS,
  ) as Readonly<Partial<Record<WorkbookFieldKey, DraftValue>>>;
  /**
   * Values saved but perhaps not yet in the workspace shown (the host's store answers, then renders), with the
   * workspace they were saved on: a newer workspace holds them.
   */
  const [settled, setSettled] = useState<Settled>({ workspace, values: {} });
  const [errors, setErrors] = useState<Readonly<Partial<Record<WorkbookFieldKey, WorkbookFieldError>>>>({});
  const [pending, setPending] = useState(0);
  const settledNow = settled.workspace === workspace ? settled.values : NO_DRAFTS;

  // For the saves queued one after another: each reads what is current when its turn comes.
  const latest = useRef({ workspace, charter, settled: settledNow as Settled["values"] });
  useClientLayoutEffect(() => {
    latest.current = { workspace, charter, settled: settledNow };
  });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // A draft from an earlier visit that says what is saved is no draft: the storage forgets it.
  useEffect(() => {
    for (const key of Object.keys(drafts) as WorkbookFieldKey[])
      if (sameAsSaved(drafts[key]!, savedValueOf(charter, key))) store.remove(key);
  }, [store, drafts, charter]);

  const restored = useMemo(
    () => new Set([...store.loaded()].filter((key) => key in drafts) as WorkbookFieldKey[]),
    [store, drafts],
  );

  const valueOf = useCallback(
    (key: WorkbookFieldKey): DraftValue => drafts[key] ?? settledNow[key] ?? savedValueOf(charter, key),
    [drafts, settledNow, charter],
  );

  const edit = useCallback((key: WorkbookFieldKey, value: DraftValue) => store.write(key, value), [store]);

  const forget = useCallback(
    (keys: readonly WorkbookFieldKey[]) => {
      for (const key of keys) store.remove(key);
      setErrors((record) => {
        const next = { ...record };
        for (const key of keys) delete next[key];
        return next;
      });
    },
    [store],
  );

  const settle = (key: WorkbookFieldKey, value: DraftValue) => {
    const values = { ...latest.current.settled, [key]: value };
    latest.current.settled = values;
    setSettled({ workspace: latest.current.workspace, values });
  };

  /** Run a command for a field: checked on the shown workspace, then handed to the host. */
  const run = async (key: WorkbookFieldKey, command: Command): Promise<"saved" | "refused" | "clash"> => {
    const local = command.run(latest.current.workspace);
    const checked = local instanceof Promise ? await local : local;
    if (!checked.ok) {
      setErrors((previous) => ({
        ...previous,
        [key]: { issues: checked.error.issues, item: itemOf(checked.error.issues) },
      }));
      return "refused";
    }
    if (onChange === undefined) return "saved";
    const outcome = await onChange(command.run, { command: command.name, leadershipId, field: key });
    const refused = refusalOf(outcome);
    if (refused !== null) {
      setErrors((previous) => ({ ...previous, [key]: { issues: refused.issues, item: itemOf(refused.issues) } }));
      return "refused";
    }
    return notSaved(outcome) ? "clash" : "saved";
  };

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    setPending((count) => count + 1);
    void next.finally(() => setPending((count) => count - 1));
    return next;
  };

  /**
   * Save the drafts of `keys`, one after another. Answers the keys that were refused (their issues kept, their
   * drafts kept) and whether a clash kept something unsaved.
   */
  const save = (keys: readonly WorkbookFieldKey[]) =>
    enqueue(async () => {
      const refused: WorkbookFieldKey[] = [];
      let clash = false;
      let saved = 0;
      for (const key of keys) {
        const draft = store.snapshot(fields)[key];
        if (draft === undefined) continue;
        const current = latest.current.settled[key] ?? savedValueOf(latest.current.charter, key);
        const command = commandFor(leadershipId, key, draft, current);
        if (command !== null) {
          const result = await run(key, command);
          if (result === "refused") refused.push(key);
          if (result === "clash") clash = true;
          if (result !== "saved") continue;
          saved += 1;
          settle(key, key.startsWith("list:") ? (draft as string[]).filter((e) => e.trim() !== "") : draft);
        } else if (key.startsWith("list:") && !sameAsSaved(draft, current)) continue; // a new entry stays until typed in
        // Typed on while the save ran: the newer text stays a draft.
        if (store.snapshot(fields)[key] !== draft) continue;
        forget([key]);
      }
      return { refused, clash, saved };
    });

  /** Start a list from the profile's defaults (`adoptDefaultPrinciples`, `adoptDefaultTasks`). */
  const adoptDefaults = (list: CharterListField) =>
    enqueue(async () => {
      const key: WorkbookFieldKey = `list:${list}`;
      const command: Command =
        list === "principles"
          ? { name: "adoptDefaultPrinciples", run: (ws) => adoptDefaultPrinciples(ws, { leadershipId }) }
          : { name: "adoptDefaultTasks", run: (ws) => adoptDefaultTasks(ws, { leadershipId }) };
      const result = await run(key, command);
      if (result === "saved") {
        const values = (list === "principles" ? workspace.profile.principles : workspace.profile.tasks).map(
          (text) => text.sv,
        );
        settle(key, values);
        forget([key]);
      }
      return result;
    });

  // Stable for the fields (memoised: a keystroke draws its own field, not the other forty), calling the latest.
  const actions = useRef({ save, adoptDefaults });
  useClientLayoutEffect(() => {
    actions.current = { save, adoptDefaults };
  });
  const stableSave = useCallback((keys: readonly WorkbookFieldKey[]) => actions.current.save(keys), []);
  const stableAdopt = useCallback((list: CharterListField) => actions.current.adoptDefaults(list), []);

  return {
    charter,
    drafts,
    restored,
    errors,
    saving: pending > 0,
    valueOf,
    edit,
    save: stableSave,
    adoptDefaults: stableAdopt,
    /** Throw the drafts of `keys` away: the saved values show again. */
    discard: forget,
  };
}

/** What {@link useWorkbook} gives the workbook's markup. */
export type WorkbookState = ReturnType<typeof useWorkbook>;
