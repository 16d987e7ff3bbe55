import { createContext, useContext } from 'react'
import { type AnswerCatalogue, frAnswer } from './fr-answer'

export { type AnswerCatalogue, frAnswer }

/**
 * The lazy answer panels' texts; only lazy code imports this module, so they stay out of the
 * first load. A provider with another language's file switches them.
 */
export const AnswerTextContext = createContext<AnswerCatalogue>(frAnswer)

/** The lazy answer panels' texts in the page's language. */
export function useAnswerText(): AnswerCatalogue {
  return useContext(AnswerTextContext)
}
