// The social model's answers for the default inputs, computed at build time (vite.config.ts,
// prerenderedSocial, from src/social/prerender.ts): the prerendering gets them as a module, the
// page reads the copy scripts/prerender.mjs writes into index.html (JSON, not JavaScript, so it
// costs no first-load script), so that the net figures show at once and hydrate as they are.
// None in the dev server and the tests.
import { z } from '../../domain/zod'
import {
  type BreakEvenResult,
  BreakEvenResultSchema,
  type SocialResult,
  SocialResultSchema,
} from '../../social'

/** Answers computed at build time for the inputs whose JSON is `key`. */
export type PrerenderedAnswers = { key: string; result: SocialResult; breakEven: BreakEvenResult }

/** The id of the JSON element of index.html that holds the answers. */
export const PRERENDERED_SOCIAL_ID = 'prerendered-social'

const PrerenderedSchema = z.object({
  key: z.string(),
  result: SocialResultSchema,
  breakEven: BreakEvenResultSchema,
})

/** The answers written into the page, parsed; null when absent or unreadable. */
function readFromPage(): PrerenderedAnswers | null {
  try {
    const text = document.getElementById(PRERENDERED_SOCIAL_ID)?.textContent
    return text ? PrerenderedSchema.parse(JSON.parse(text)) : null
  } catch {
    // No document (prerendering without the build's module) or an unreadable copy.
    return null
  }
}

/** The build's answers for the default inputs, or null. */
export const PRERENDERED_SOCIAL: PrerenderedAnswers | null = readFromPage()
