import { useCalculator } from './calculator'
import { LANGUAGE_PARAM, languageQuery, useLanguage } from './language'
import { encodeQuery, SCENARIO_PARAM } from './url'

/**
 * Keeps the address bar's query in step with the inputs, so the page's link is always shareable;
 * the scenarios of a comparison link stay in it until the comparison is closed, and the language
 * is in it unless the page is French in a French browser.
 */
export function syncUrlWithInputs(): () => void {
  const write = () => {
    const params = new URLSearchParams(encodeQuery(useCalculator.getState().inputs))
    for (const scenario of new URLSearchParams(window.location.search).getAll(SCENARIO_PARAM)) {
      params.append(SCENARIO_PARAM, scenario)
    }
    const language = languageQuery(useLanguage.getState().language, navigator.languages ?? [])
    if (language !== null) params.set(LANGUAGE_PARAM, language)
    const query = params.toString()
    const url = `${window.location.pathname}?${query}${window.location.hash}`
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url)
    }
  }
  write()
  const stopInputs = useCalculator.subscribe((state, previous) => {
    if (state.inputs !== previous.inputs) write()
  })
  const stopLanguage = useLanguage.subscribe(write)
  return () => {
    stopInputs()
    stopLanguage()
  }
}
