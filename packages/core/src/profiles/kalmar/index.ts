/**
 * `@systemledning/core/profiles/kalmar`: Region Kalmar län's Länsgemensam ledning (seed 002).
 * @module
 */
export {};
