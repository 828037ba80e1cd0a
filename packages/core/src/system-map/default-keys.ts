/**
 * The keys of `DEFAULT_SYSTEM_MAP_SETTINGS` that an annotation may name — its levels and citizen groups —
 * without their words, so the workspace's door can check a mark on a profile without a `systemMap` part
 * without carrying the default texts (a test keeps the two in step).
 */

/** Level keys (system, hierarchy, citizens) and citizen group ids of the default settings. */
export const DEFAULT_SYSTEM_MAP_KEYS: {
  readonly levels: readonly string[];
  readonly citizenGroups: readonly string[];
} = Object.freeze({
  levels: Object.freeze([
    "lansgemensam-politisk-niva",
    "kommun-och-regiondirektorer",
    "sektorschefer",
    "processgrupper",
    "verksamhetsutvecklare",
    "verksamhet",
    "kommunfullmaktige",
    "namndspolitik",
    "forvaltningshierarki",
    "invanare",
  ]),
  citizenGroups: Object.freeze(["familj-barn-med-funktionsvariation", "skora-aldre"]),
});
