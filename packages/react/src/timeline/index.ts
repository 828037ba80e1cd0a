/**
 * The timeline: swimlanes per forum or leadership over a year, a quarter or a month.
 * @module
 */
export {};
