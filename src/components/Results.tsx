import { useText } from '../i18n'
import { ResultsCards } from './ResultsCards'
import { useResults } from './useResults'

/** The band, the annual revenue and the gross comparison with the CDI, updated as one types. */
export function Results() {
  const t = useText()
  const { results } = useResults()
  return <ResultsCards t={t} results={results} />
}
