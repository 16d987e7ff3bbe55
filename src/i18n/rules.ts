import { useLazyText } from '.'
import { frRules, type RulesCatalogue } from './fr-rules'

export { frRules, type RulesCatalogue }

/**
 * The texts of the chains of rules in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useRulesText(): RulesCatalogue {
  return useLazyText('rules', frRules)
}
