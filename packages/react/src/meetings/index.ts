/**
 * The meeting views: a forum's annual plan, a meeting's page with its quorum and justering, and the
 * compliance overview.
 * @module
 */
export {};
