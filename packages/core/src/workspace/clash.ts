/**
 * When two changes of one workspace clash, and how to keep one side: the rules `updateWorkspace` and
 * `resolveWorkspaceClash` (update.ts) apply. Two changes clash where one's changed path lies on or inside
 * the other's and the two results differ there. A keyed item both sides *added* under the same key (a log
 * entry `log-5` each, numbered by position) is not by itself a clash: the change runs again on the newer
 * document and decides (it numbers its entry `log-6`, or refuses a duplicate id, which then is a clash).
 */
import { diffJson, jsonEqual, pathsOverlap, valueAtPath, type DiffSegment, type JsonChange } from "./diff.js";
import type { Workspace } from "./schema.js";

/** A path where both sides changed the same thing: the shorter of the two overlapping paths. */
interface Overlap {
  readonly segments: readonly DiffSegment[];
  readonly path: string;
}

/** The shorter of two overlapping changes' paths. */
const shorterOf = (a: JsonChange, b: JsonChange): JsonChange => (a.segments.length <= b.segments.length ? a : b);

/**
 * Where `base → mine` and `base → theirs` changed the same thing to different values (`differentOnly`), or
 * changed the same thing at all (`differentOnly: false`, to name the place when the change refused).
 */
export function findClashes(base: Workspace, mine: Workspace, theirs: Workspace, differentOnly = true): Overlap[] {
  const ours = diffJson(base, mine);
  const others = diffJson(base, theirs);
  const found = new Map<string, Overlap>();
  for (const a of ours) {
    for (const b of others) {
      if (!pathsOverlap(a.segments, b.segments)) continue;
      const at = shorterOf(a, b);
      const last = at.segments.at(-1);
      const bothAdded = typeof last === "object" && valueAtPath(base, at.segments) === undefined;
      if (differentOnly && (bothAdded || jsonEqual(valueAtPath(mine, at.segments), valueAtPath(theirs, at.segments))))
        continue;
      found.set(at.path, { segments: at.segments, path: at.path });
    }
  }
  return [...found.values()];
}

/**
 * Where running the change again on theirs undid what theirs changed since base: a command that writes a
 * whole list (a meeting's attendance as the form had it) would otherwise erase another writer's entry
 * without touching a path that writer changed. Such a change is a clash too; nothing is lost silently.
 */
export function findErased(base: Workspace, theirs: Workspace, again: Workspace): Overlap[] {
  return diffJson(base, theirs)
    .filter((change) => !jsonEqual(valueAtPath(again, change.segments), valueAtPath(theirs, change.segments)))
    .map((change) => ({ segments: change.segments, path: change.path }));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `target` with the value at `segments` replaced by `value` (removed when undefined); copies only the path. */
function setAtPath(target: unknown, segments: readonly DiffSegment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments as [DiffSegment, ...DiffSegment[]];
  if (typeof head === "string") {
    const object = isObject(target) ? target : {};
    const next = setAtPath(object[head], rest, value);
    const { [head]: _old, ...others } = object;
    void _old;
    return next === undefined ? others : { ...others, [head]: next };
  }
  const list = Array.isArray(target) ? (target as unknown[]) : [];
  const at = list.findIndex((item) => isObject(item) && item[head.key] === head.value);
  const next = setAtPath(at === -1 ? undefined : list[at], rest, value);
  if (at === -1) return next === undefined ? list : [...list, next];
  return next === undefined ? list.filter((_, i) => i !== at) : list.map((item, i) => (i === at ? next : item));
}

/**
 * Theirs with every change of `base → mine` applied on top, mine winning where both changed the same thing:
 * what "keep mine" means, without losing what others changed elsewhere. Where theirs changed a wider path
 * (removed the record mine edited), mine's whole value there is taken.
 */
export function applyMineOverTheirs(base: Workspace, mine: Workspace, theirs: Workspace): Workspace {
  const others = diffJson(base, theirs);
  let out: unknown = theirs;
  for (const change of diffJson(base, mine)) {
    const wider = others.find(
      (other) => other.segments.length < change.segments.length && pathsOverlap(other.segments, change.segments),
    );
    const segments = wider?.segments ?? change.segments;
    out = setAtPath(out, segments, wider === undefined ? change.after : valueAtPath(mine, segments));
  }
  return out as Workspace;
}
