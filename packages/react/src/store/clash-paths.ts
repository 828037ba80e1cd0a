/**
 * The places a clash names, made readable: the core writes a place as a path over the document
 * (`meetings[id=m-1].notes.status`, array items matched by `id`, or by position as `decisionLog[4]`); the
 * dialog shows it as "Möte «Ledningsgruppen» › notes › status" with the value each side holds there. Pure,
 * so it is tested on its own.
 */
import type { Workspace } from "@systemledning/core/workspace";
import type { StoreMessageKey } from "./messages.js";

/** One step of a path: a property, an array item by id, or an array item by position. */
export type ClashPathStep =
  | { readonly kind: "key"; readonly key: string }
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "index"; readonly index: number };

/**
 * The steps of a clash path. `meetings[id=m-1].notes` → key meetings, id m-1, key notes; `log[4]` → key log,
 * index 4. An id may hold any character but `]`; a text that is not a path comes back as one key.
 *
 * @example
 * parseClashPath("meetings[id=m-1].status") // [{ kind: "key", key: "meetings" }, { kind: "id", id: "m-1" }, { kind: "key", key: "status" }]
 */
export function parseClashPath(path: string): ClashPathStep[] {
  const steps: ClashPathStep[] = [];
  const pattern = /([^.[\]]+)|\[id=([^\]]*)\]|\[(\d+)\]/gy;
  let position = 0;
  while (position < path.length) {
    if (path[position] === ".") {
      position += 1;
      continue;
    }
    pattern.lastIndex = position;
    const match = pattern.exec(path);
    if (match === null) return [{ kind: "key", key: path }];
    if (match[1] !== undefined) steps.push({ kind: "key", key: match[1] });
    else if (match[2] !== undefined) steps.push({ kind: "id", id: match[2] });
    else steps.push({ kind: "index", index: Number(match[3]) });
    position = pattern.lastIndex;
  }
  return steps;
}

const NOTHING = Symbol("nothing there");

/** The value at `steps` in `value`, or {@link NOTHING} where the path leads nowhere. */
function valueAt(value: unknown, steps: readonly ClashPathStep[]): unknown {
  let current: unknown = value;
  for (const step of steps) {
    if (step.kind === "key") {
      if (typeof current !== "object" || current === null || !Object.hasOwn(current, step.key)) return NOTHING;
      current = (current as Record<string, unknown>)[step.key];
    } else if (!Array.isArray(current)) {
      return NOTHING;
    } else if (step.kind === "index") {
      if (step.index >= current.length) return NOTHING;
      current = current[step.index] as unknown;
    } else {
      const found = (current as unknown[]).find(
        (item) => typeof item === "object" && item !== null && (item as { id?: unknown }).id === step.id,
      );
      if (found === undefined) return NOTHING;
      current = found;
    }
  }
  return current;
}

/** The word for a collection of the workspace ("Möte" for `meetings`), or null for a field named as it is. */
const COLLECTION_WORDS: Readonly<Record<string, StoreMessageKey>> = {
  meetings: "storePathMeetings",
  assessmentResponses: "storePathAssessmentResponses",
  assessmentRounds: "storePathAssessmentRounds",
  annotations: "storePathAnnotations",
  decisionLog: "storePathDecisionLog",
  leaderships: "storePathLeaderships",
  people: "storePathPeople",
  forums: "storePathForums",
  memberships: "storePathMemberships",
  organisations: "storePathOrganisations",
  events: "storePathEvents",
};

/** Words for the fields a clash most often names; any other field is shown by its name in the document. */
const FIELD_WORDS: Readonly<Record<string, StoreMessageKey>> = {
  status: "storeFieldStatus",
  approvedAt: "storeFieldApprovedAt",
  title: "storeFieldTitle",
  notes: "storeFieldNotes",
  attendance: "storeFieldAttendance",
  recordedAt: "storeFieldRecordedAt",
  kind: "storeFieldKind",
  start: "storeFieldStart",
  comment: "storeFieldComment",
  answers: "storeFieldAnswers",
  agenda: "storeFieldAgenda",
  meetingId: "storeFieldMeetingId",
};

/** A field's name in words where the kit has one, else as the document names it. */
const fieldWord = (key: string, t: (key: StoreMessageKey) => string): string => {
  const word = FIELD_WORDS[key];
  return word === undefined ? key : t(word);
};

/** A date-time of the document (`2026-12-05T07:32:21+01:00`) as a reader in Sweden says it; any other text as it is. */
function readableText(text: string, locale: "sv" | "en"): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return text;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return text;
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Europe/Stockholm",
  }).format(instant);
}

/**
 * A person-readable name of an item: its title or name when it has one in words; a meeting without a title by its
 * forum's name and day ("Falu lokala systemledning 2026-04-09"); else its id.
 */
function itemName(item: unknown, fallback: string, ws?: Workspace): string {
  if (typeof item !== "object" || item === null) return fallback;
  const { title, name, forumId, start } = item as {
    title?: unknown;
    name?: unknown;
    forumId?: unknown;
    start?: unknown;
  };
  if (title === undefined && typeof forumId === "string" && typeof start === "string") {
    const forum = ws?.forums.find((f) => f.id === forumId);
    return `${forum?.name ?? forumId} ${start.slice(0, 10)}`;
  }
  for (const candidate of [title, name]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate;
    if (typeof candidate === "object" && candidate !== null) {
      const sv = (candidate as { sv?: unknown }).sv;
      if (typeof sv === "string" && sv.trim() !== "") return sv;
    }
  }
  return fallback;
}

/** What the dialog shows of one place: a readable name, and the value on each side. */
export interface ClashPlace {
  /** The path as the core wrote it (kept for `title`, so the exact place can be copied to a report). */
  readonly path: string;
  /** The place in words, one part per step: "Möte «Ledningsgruppen»", "notes", "status". */
  readonly parts: readonly string[];
  /** The value in my version, as text; null where my version has nothing there. */
  readonly mine: string | null;
  /** The value in the stored version, as text; null where it has nothing there. */
  readonly theirs: string | null;
}

/** The longest value shown in full; a longer one is cut with an ellipsis (the dialog is not a diff viewer). */
const MAX_VALUE_LENGTH = 160;

/** Fields that say nothing to a person (ids, positions, hashes) and are left out of an object's summary. */
const TECHNICAL_FIELDS = new Set(["id", "sequence", "hash", "previousHash", "schema", "version"]);

/** An object without a name, as its first few plain fields ("kind: decision · recordedAt: 2026-05-13T…"). */
function objectSummary(value: object, t: (key: StoreMessageKey) => string, locale: "sv" | "en"): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (TECHNICAL_FIELDS.has(key)) continue;
    if (typeof field === "string" || typeof field === "number" || typeof field === "boolean")
      parts.push(`${fieldWord(key, t)}: ${typeof field === "string" ? readableText(field, locale) : String(field)}`);
    if (parts.length === 3) break;
  }
  return parts.length === 0 ? JSON.stringify(value) : parts.join(" · ");
}

/** A value as a short text: words as they are, an object by its name or its plain fields, a list as JSON. */
function valueText(value: unknown, t: (key: StoreMessageKey) => string, locale: "sv" | "en"): string | null {
  if (value === NOTHING || value === undefined) return null;
  let text: string;
  if (value === null || value === "") text = t("storeValueEmpty");
  else if (typeof value === "string") text = readableText(value, locale);
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else if (typeof value === "object" && !Array.isArray(value))
    text = itemName(value, "") === "" ? objectSummary(value, t, locale) : itemName(value, "");
  else text = JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/**
 * Each path of a clash as a {@link ClashPlace}: the collection in words with the item's title or name, then
 * the fields in words (where the kit has a word for them), and the value my version and the stored one hold
 * there, a date-time as a reader says it in Stockholm time.
 *
 * @example
 * describeClashPlaces(["meetings[id=m-1].status"], mine, theirs, t)
 * // [{ parts: ["Möte «Ledningsgruppen»", "Status"], mine: "approved", theirs: "notes-in-review", … }]
 */
export function describeClashPlaces(
  paths: readonly string[],
  mine: Workspace,
  theirs: Workspace,
  t: (key: StoreMessageKey) => string,
  locale: "sv" | "en" = "sv",
): ClashPlace[] {
  return paths.map((path) => {
    const steps = parseClashPath(path);
    const parts: string[] = [];
    steps.forEach((step, index) => {
      const before = steps.slice(0, index + 1);
      if (step.kind === "key") {
        const word = index === 0 ? COLLECTION_WORDS[step.key] : undefined;
        // A collection followed by an item is named with the item ("Möte «…»"), not on its own.
        if (word !== undefined && steps[index + 1]?.kind !== "key") return;
        parts.push(word === undefined ? fieldWord(step.key, t) : t(word));
        return;
      }
      const inMine = valueAt(mine, before) !== NOTHING;
      const item = inMine ? valueAt(mine, before) : valueAt(theirs, before);
      const collection = steps[index - 1];
      const word = collection?.kind === "key" && index === 1 ? COLLECTION_WORDS[collection.key] : undefined;
      const label = itemName(item, step.kind === "id" ? step.id : `#${step.index + 1}`, inMine ? mine : theirs);
      parts.push(word === undefined ? `«${label}»` : `${t(word)} «${label}»`);
    });
    if (parts.length === 0) parts.push(t("storePathWorkspace"));
    return {
      path,
      parts,
      mine: valueText(valueAt(mine, steps), t, locale),
      theirs: valueText(valueAt(theirs, steps), t, locale),
    };
  });
}
