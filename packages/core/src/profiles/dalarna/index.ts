/**
 * `@systemledning/core/profiles/dalarna`: Region Dalarna and its 15 municipalities, the default profile.
 * @module
 */
export {};
