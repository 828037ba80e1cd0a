/**
 * The texts of the timeline, in Swedish and English. Part of `KIT_MESSAGES`.
 */
export const TIMELINE_MESSAGES = {} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;
