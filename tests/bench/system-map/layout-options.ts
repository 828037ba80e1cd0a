/** The map's own layered options, as `SystemMap` passes them (re-exported for the bench's pages and Node runs). */
export { mapLayeredOptions } from "../../../packages/react/src/system-map/layout/map-options.js";
