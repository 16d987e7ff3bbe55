import { useLazyText } from '.'
import { type AnswerCatalogue, frAnswer } from './fr-answer'

export { type AnswerCatalogue, frAnswer }

/**
 * The texts of the answer panels (verdict, target, company, scenarios) in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useAnswerText(): AnswerCatalogue {
  return useLazyText('answer', frAnswer)
}
