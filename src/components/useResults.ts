import { calculate, type Dataset, type Inputs, type Results } from '../domain'
import { useCalculator } from '../store'

// Every panel reads the results: computed once per change of inputs or dataset, not once per panel.
let last: { inputs: Inputs; dataset: Dataset; results: Results } | null = null

function resultsFor(inputs: Inputs, dataset: Dataset): Results {
  if (last?.inputs !== inputs || last.dataset !== dataset) {
    last = { inputs, dataset, results: calculate(inputs, dataset) }
  }
  return last.results
}

/** The inputs, the dataset in use and everything derived from them. */
export function useResults() {
  const inputs = useCalculator((s) => s.inputs)
  const dataset = useCalculator((s) => s.dataset)
  return { inputs, dataset, results: resultsFor(inputs, dataset) }
}
