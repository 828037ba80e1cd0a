/**
 * What identifies a workspace document: its schema id and the version this code writes. Apart from the
 * schema, so that the migrations and a host's own checks need no schema library.
 */

/** The value of the `schema` field of every workspace document. */
export const WORKSPACE_SCHEMA_ID = "systemledning/workspace";

/** The document version this code writes. Older documents are migrated to it on load. */
export const CURRENT_WORKSPACE_VERSION = 5;
