// What the page and the social model (in its worker) must agree on. A leaf module: the worker
// imports it without pulling in the rest of the domain.

/** Largest yearly amount the social model is asked about: beyond 10 M€ its solvers are untested. */
export const SOCIAL_MODEL_MAX_EUR_PER_YEAR = 10_000_000

/** Fiscal parts of a household (quotient familial): 1 to 10 (a couple with nine dependent children), in halves. */
export const HOUSEHOLD_PARTS = { min: 1, max: 10, step: 0.5 } as const

/** Portage companies' usual management fee, 5 to 10 % of turnover: 7 % as a starting point. */
export const DEFAULT_PORTAGE_FEE_PERCENT = 7
