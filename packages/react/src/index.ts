/**
 * `@systemledning/react`: the React kit of systemledning. It re-exports the whole core, so an app needs
 * one import, and adds hooks and components. Styles ship separately: `import "@systemledning/react/styles.css"`.
 * @module
 */
export * from "@systemledning/core";
export * from "./store/index.js";
export * from "./i18n/index.js";
export * from "./primitives/index.js";
export * from "./scoring/index.js";
export * from "./timeline/index.js";
export * from "./meetings/index.js";
export * from "./system-map/index.js";
export * from "./structure/index.js";
// The core names its answers as the views are named (the type SectorCoverage, the view SectorCoverage; the same
// for ChairRotation and CharterCompleteness): each view's module exports both meanings under the one name, the
// type being the core's, and this line picks it over the core's.
export { ChairRotation, CharterCompleteness, SectorCoverage } from "./structure/index.js";
export * from "./workbook/index.js";
export * from "./indicator-panel/index.js";
export * from "./indicator-comparison/index.js";
// The component IndicatorComparison over the core's type of the same name (as for the structure views above).
export { IndicatorComparison } from "./indicator-comparison/index.js";
export * from "./kolada-fetch/index.js";
// The core's `KoladaFetch` is the type of the host's fetch; the kit's is the component. The kit's module exports
// both meanings under the one name (the type being the core's), and this line picks it over the core's.
export { KoladaFetch } from "./kolada-fetch/index.js";
export * from "./check-ins/index.js";
export * from "./action-plan/index.js";
export * from "./annual-report/index.js";
// The same for the annual report: the view AnnualReport and the core's type of the assembled report.
export { AnnualReport } from "./annual-report/index.js";
