/**
 * The texts of the meeting views (annual plan, meeting page, compliance overview), in Swedish and
 * English. Part of `KIT_MESSAGES`.
 */
export const MEETING_VIEW_MESSAGES = {} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;
