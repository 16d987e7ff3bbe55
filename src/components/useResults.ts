import { useMemo } from 'react'
import { calculate } from '../domain'
import { useCalculator } from '../store'

/** The inputs and everything derived from them, recomputed only when the inputs change. */
export function useResults() {
  const inputs = useCalculator((s) => s.inputs)
  const dataset = useCalculator((s) => s.dataset)
  const results = useMemo(() => calculate(inputs, dataset), [inputs, dataset])
  return { inputs, dataset, results }
}
