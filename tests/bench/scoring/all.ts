/**
 * Bench page entry with every candidate, for the warm re-mounts: they take turns in one page, so the
 * page's JIT state, caches and the machine's noise fall on all of them alike.
 */
import "./ours.js";
import "./recharts.js";
import "./nivo.js";
