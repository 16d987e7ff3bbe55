import { useCallback, useEffect, useState } from 'react'
import type {
  BreakEvenResult,
  NetByDaysResult,
  SocialInputsInput,
  SocialResult,
} from '../../social'
import { useSocialClientSource } from './socialClient'

/** How long inputs must rest before the social model is asked: typing sends one request, not ten. */
const SETTLE_MS = 30

export type SocialView = {
  /** The last figures the model gave; kept while newer ones are computed or after an error. */
  result: SocialResult | null
  breakEven: BreakEvenResult | null
  /** Net after tax against billable days, per status: asked last, the slowest to come. */
  netByDays: NetByDaysResult | null
  /** True while the figures shown are older than the inputs. */
  updating: boolean
  breakEvenUpdating: boolean
  netByDaysUpdating: boolean
  error: string | null
  retry: () => void
}

const isStale = (error: unknown) => error instanceof Error && error.name === 'StaleError'
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Asks the social model (in its worker) for every status's figures, then the break-even TJMs, then
 * the net-by-days curve, each time `inputs` settle; `inputs` null means there is nothing to compute.
 */
export function useSocialModel(inputs: SocialInputsInput | null): SocialView {
  const source = useSocialClientSource()
  const [result, setResult] = useState<SocialResult | null>(null)
  const [breakEven, setBreakEven] = useState<BreakEvenResult | null>(null)
  const [netByDays, setNetByDays] = useState<NetByDaysResult | null>(null)
  const [done, setDone] = useState<{ compute: string; breakEven: string; netByDays: string }>({
    compute: '',
    breakEven: '',
    netByDays: '',
  })
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const key = inputs === null ? '' : JSON.stringify(inputs)

  useEffect(() => {
    // Reading `attempt` ties the effect to it: a retry runs the requests again.
    if (key === '' || attempt < 0) return
    let cancelled = false
    const timer = setTimeout(async () => {
      try {
        const client = await source()
        const parsed = JSON.parse(key) as SocialInputsInput
        const computed = await client.compute(parsed)
        if (cancelled) return
        setResult(computed)
        setError(null)
        setDone((d) => ({ ...d, compute: key }))
        const found = await client.breakEven(parsed)
        if (cancelled) return
        setBreakEven(found)
        setDone((d) => ({ ...d, breakEven: key }))
        const curve = await client.netByDays(parsed)
        if (cancelled) return
        setNetByDays(curve)
        setDone((d) => ({ ...d, netByDays: key }))
      } catch (e) {
        if (!cancelled && !isStale(e)) setError(message(e))
      }
    }, SETTLE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [key, attempt, source])

  const retry = useCallback(() => {
    setError(null)
    setAttempt((n) => n + 1)
  }, [])

  return {
    result,
    breakEven,
    netByDays,
    updating: key !== '' && done.compute !== key && error === null,
    breakEvenUpdating: key !== '' && done.breakEven !== key && error === null,
    netByDaysUpdating: key !== '' && done.netByDays !== key && error === null,
    error,
    retry,
  }
}
