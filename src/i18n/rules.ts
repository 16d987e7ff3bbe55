import { createContext, useContext } from 'react'
import { frRules, type RulesCatalogue } from './fr-rules'

export { frRules, type RulesCatalogue }

/**
 * The chain of rules' texts; only lazy code imports this module, so they stay out of the first
 * load. A provider with another language's file switches them.
 */
export const RulesTextContext = createContext<RulesCatalogue>(frRules)

/** The chain of rules' texts in the page's language. */
export function useRulesText(): RulesCatalogue {
  return useContext(RulesTextContext)
}
