/**
 * `@systemledning/core`: the headless model of system leadership for God och nära vård.
 * Every module is also its own entry (`@systemledning/core/structure`, `/workspace`, `/io`, `/meetings`,
 * `/assessment`, `/plan`, `/timeline`, `/system-map`, `/kolada`, `/profiles/*`).
 * @module
 */
export * from "./workspace/index.js";
export * from "./structure/index.js";
export * from "./io/index.js";
export * from "./meetings/index.js";
export * from "./assessment/index.js";
export * from "./plan/index.js";
export * from "./timeline/index.js";
export * from "./system-map/index.js";
export * from "./kolada/index.js";
