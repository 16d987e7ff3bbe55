// The social model's answers for the default inputs, written in by the build (vite.config.ts,
// prerenderedSocial, from src/social/prerender.ts) so that the prerendered page and its
// hydration show the net figures at once; none here, in the dev server and the tests.
import type { BreakEvenResult, SocialResult } from '../../social'

/** Answers computed at build time for the inputs whose JSON is `key`. */
export type PrerenderedAnswers = { key: string; result: SocialResult; breakEven: BreakEvenResult }

/** The build's answers for the default inputs, or null. */
export const PRERENDERED_SOCIAL: PrerenderedAnswers | null = null
