// A leaf module (no imports), so that the lazy CSV builders can read it without pulling the
// domain's or the social layer's schemas into their chunks.

/**
 * The statuses whose contributions ACRE lowers (their models set it in modele-social's situation;
 * the social layer's `ACRE_STATUSES` types this list, a test checks it against the model).
 */
export const ACRE_STATUS_NAMES = ['micro', 'eurl', 'eurlIs', 'sasu'] as const
