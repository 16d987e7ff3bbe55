// The social model's answers for the default inputs, computed at build time (vite.config.ts,
// prerenderedSocial, from src/social/prerender.ts): the prerendering gets them as a module, the
// page reads the copy scripts/prerender.mjs writes into index.html (JSON, not JavaScript, so it
// costs no first-load script), so that the net figures show at once and hydrate as they are.
// None in the dev server and the tests.
// The first render takes them as the build wrote them (the same values as the prerendered HTML it
// hydrates, written by the same build as the scripts); they are checked against the social
// model's zod contract once its module has loaded, after the first paint (`checkedPrerendered`),
// so that the schemas stay out of the first-load JavaScript.
import type { BreakEvenResult, SocialResult } from '../../social'

/** Answers computed at build time for the inputs whose JSON is `key`. */
export type PrerenderedAnswers = { key: string; result: SocialResult; breakEven: BreakEvenResult }

/** The id of the JSON element of index.html that holds the answers. */
export const PRERENDERED_SOCIAL_ID = 'prerendered-social'

/** The outline of the answers (the key, two objects); their contract is checked later. */
function isPrerenderedShape(data: unknown): data is PrerenderedAnswers {
  if (typeof data !== 'object' || data === null) return false
  const d = data as Record<string, unknown>
  return (
    typeof d.key === 'string' &&
    typeof d.result === 'object' &&
    d.result !== null &&
    typeof d.breakEven === 'object' &&
    d.breakEven !== null
  )
}

/** The answers written into the page, parsed; null when absent or unreadable. */
function readFromPage(): PrerenderedAnswers | null {
  try {
    const text = document.getElementById(PRERENDERED_SOCIAL_ID)?.textContent
    if (!text) return null
    const data: unknown = JSON.parse(text)
    return isPrerenderedShape(data) ? data : null
  } catch {
    // No document (prerendering without the build's module) or an unreadable copy.
    return null
  }
}

/** The build's answers for the default inputs, or null. */
export const PRERENDERED_SOCIAL: PrerenderedAnswers | null = readFromPage()

/**
 * The build's answers for `key` checked against the social model's contract (its schemas come
 * with the client's module, loaded after the first paint); null when absent, for other inputs,
 * or not as the contract says (then the worker is asked).
 */
export async function checkedPrerendered(key: string): Promise<PrerenderedAnswers | null> {
  if (PRERENDERED_SOCIAL === null || PRERENDERED_SOCIAL.key !== key) return null
  const { SocialResultSchema, BreakEvenResultSchema } = await import('../../social')
  // Checked, then kept as the first render took them: the same objects, so that nothing already
  // on screen renders again (zod's parse returns copies, which React would take for new figures).
  const valid =
    SocialResultSchema.safeParse(PRERENDERED_SOCIAL.result).success &&
    BreakEvenResultSchema.safeParse(PRERENDERED_SOCIAL.breakEven).success
  return valid ? PRERENDERED_SOCIAL : null
}
