import type { Status } from '../../social'

/** The order of the statuses in the net table and its charts: the CDI first, then the freelance ones. */
export const STATUS_ORDER: readonly Status[] = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']
