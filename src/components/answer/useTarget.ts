import { useEffect, useState } from 'react'
import type { SocialInputsInput, TargetResult } from '../../social'
import type { SocialClientSource } from '../net/socialClient'

/** The target search's answer for the inputs and target, whether it is under way, and its error. */
export type TargetView = { result: TargetResult | null; updating: boolean; error: string | null }

/**
 * Asks the social model, each time the inputs or the target change, at which turnover each
 * freelance status's net after tax reaches `targetNetEurPerYear`; the last answer is kept while a
 * newer one is computed. Until `ready` (the net table's break-evens in), the search waits: asked
 * earlier, the worker would run it before the protection and the break-evens the page asks next.
 * The page's first search also waits until `firstReady` (the net-by-days curve in too): cold, it
 * takes one to two seconds, and the worker would run it before the rest of the curve. Later
 * searches mostly read the turnovers the worker keeps (they do not depend on the TJM nor the
 * days), so they do not wait for the curve.
 */
export function useTarget(
  source: SocialClientSource,
  inputs: SocialInputsInput | null,
  targetNetEurPerYear: number,
  ready: boolean,
  firstReady: boolean,
): TargetView {
  const [result, setResult] = useState<TargetResult | null>(null)
  const [done, setDone] = useState('')
  const [error, setError] = useState<string | null>(null)
  const key = inputs === null ? '' : JSON.stringify([inputs, targetNetEurPerYear])

  const canAsk = result === null ? ready && firstReady : ready

  useEffect(() => {
    if (key === '' || !canAsk) return
    let cancelled = false
    // Asked at once, as the figures are (../net/useSocialModel.ts): the worker keeps only the
    // newest waiting search.
    const ask = async () => {
      try {
        const client = await source()
        const [parsed, target] = JSON.parse(key) as [SocialInputsInput, number]
        const found = await client.target(parsed, target)
        if (cancelled) return
        setResult(found)
        setError(null)
        setDone(key)
      } catch (e) {
        if (cancelled || (e instanceof Error && e.name === 'StaleError')) return
        setError(e instanceof Error ? e.message : String(e))
      }
    }
    void ask()
    return () => {
      cancelled = true
    }
  }, [key, source, canAsk])

  return { result, updating: key !== '' && done !== key && error === null, error }
}
