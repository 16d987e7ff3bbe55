import { useCalculator } from './calculator'
import { encodeQuery, SCENARIO_PARAM } from './url'

/**
 * Keeps the address bar's query in step with the inputs, so the page's link is always shareable;
 * the scenarios of a comparison link stay in it until the comparison is closed.
 */
export function syncUrlWithInputs(): () => void {
  const write = () => {
    const params = new URLSearchParams(encodeQuery(useCalculator.getState().inputs))
    for (const scenario of new URLSearchParams(window.location.search).getAll(SCENARIO_PARAM)) {
      params.append(SCENARIO_PARAM, scenario)
    }
    const query = params.toString()
    const url = `${window.location.pathname}?${query}${window.location.hash}`
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url)
    }
  }
  write()
  return useCalculator.subscribe((state, previous) => {
    if (state.inputs !== previous.inputs) write()
  })
}
