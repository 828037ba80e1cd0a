/**
 * Deep freezing, for the county data the profile entries share: a county's JSON, imported once, is module state that
 * every sample workspace is copied from.
 */

/**
 * Freeze `value` and everything reachable from it, and return it.
 *
 * County data is shared module state; freezing it makes an accidental write throw (in strict mode)
 * instead of silently changing every later sample workspace.
 *
 * @example
 * const sample = deepFreeze(sampleFile as unknown as Workspace);
 */
export function deepFreeze<TValue>(value: TValue): TValue {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
