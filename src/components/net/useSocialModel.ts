import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { markPageSettled } from '../../pwa/settled'
import type {
  BreakEvenResult,
  NetByDaysResult,
  ProtectionResult,
  SocialInputsInput,
  SocialResult,
  StatusesResult,
} from '../../social'
import { protectionOf } from '../../social/with-protection'
import { checkedPrerendered, PRERENDERED_SOCIAL } from './prerendered'
import { useSocialClientSource } from './socialClient'

/** The protection in the build's answers, read once: the same object each time it is shown. */
const PRERENDERED_PROTECTION = PRERENDERED_SOCIAL && protectionOf(PRERENDERED_SOCIAL.result)

export type SocialView = {
  /**
   * The last figures the model gave; kept while newer ones are computed or after an error; null
   * when the inputs cannot be asked (no billed day, amounts beyond the model).
   */
  result: SocialResult | null
  /**
   * The figures of the inputs' statuses that the worker has sent so far, the quickest first,
   * while the page's first compute runs (a link's first figures, or a change made on the default
   * page before its curve came): the net table shows them in place of older figures, the rest of
   * the page waits for `result`. Null otherwise.
   */
  partial: StatusesResult['results'] | null
  /** The inputs `result` was computed for. */
  resultInputs: SocialInputsInput | null
  /**
   * What each status's contributions buy, asked after the figures: apart from them, so that its
   * arrival renders the protection table alone (not the charts drawn from the figures).
   */
  protection: ProtectionResult | null
  breakEven: BreakEvenResult | null
  /** Net after tax against billable days, per status: asked last, the slowest to come. */
  netByDays: NetByDaysResult | null
  /** True while the figures shown are older than the inputs. */
  updating: boolean
  /** True while the protection shown is older than the figures (it is asked after them). */
  protectionUpdating: boolean
  breakEvenUpdating: boolean
  netByDaysUpdating: boolean
  error: string | null
  retry: () => void
}

const isStale = (error: unknown) => error instanceof Error && error.name === 'StaleError'
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Asks the social model (in its worker) for every status's figures, then their protection, then
 * the break-even TJMs and the net-by-days curve together, each time `inputs` settle; `inputs` null
 * means there is nothing to compute.
 */
export function useSocialModel(inputs: SocialInputsInput | null): SocialView {
  const source = useSocialClientSource()
  const key = inputs === null ? '' : JSON.stringify(inputs)
  // The build's answers for the default inputs: the first render (and the prerendered page it
  // hydrates) shows them; the worker is asked only for the curve.
  const prerendered = key !== '' && PRERENDERED_SOCIAL?.key === key ? PRERENDERED_SOCIAL : null
  const [result, setResult] = useState<SocialResult | null>(prerendered?.result ?? null)
  const [protection, setProtection] = useState<ProtectionResult | null>(
    prerendered ? PRERENDERED_PROTECTION : null,
  )
  const [breakEven, setBreakEven] = useState<BreakEvenResult | null>(prerendered?.breakEven ?? null)
  const [netByDays, setNetByDays] = useState<NetByDaysResult | null>(null)
  const [partial, setPartial] = useState<(StatusesResult & { key: string }) | null>(null)
  // The page's first compute, unless the build's figures had their curve first, asks the worker
  // for the figures status by status: its engine is being built, its evaluations are still cold.
  const progressAsked = useRef(false)
  const [done, setDone] = useState<
    Record<'compute' | 'protection' | 'breakEven' | 'netByDays', string>
  >({
    compute: prerendered ? key : '',
    protection: prerendered ? key : '',
    breakEven: prerendered ? key : '',
    netByDays: '',
  })
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  // Figures from the worker are applied in transitions: React renders the panels they change in
  // slices of a few milliseconds, between which the browser paints and handles typing, instead of
  // in one task that blocks the page (the tables and charts take 100–400 ms on a phone).
  useEffect(() => {
    // Reading `attempt` ties the effect to it: a retry runs the requests again.
    if (key === '' || attempt < 0) return
    let cancelled = false
    // Only the step that changed, and only when it did: an unchanged `done` re-renders nothing.
    const markDone = (step: keyof typeof done) =>
      setDone((d) => (d[step] === key ? d : { ...d, [step]: key }))
    // Asked at once, from the commit of the inputs' change, before the browser lays the page out
    // again: the worker computes meanwhile. Changes made in one task render once, so they ask
    // once; a worker keeps only the newest waiting request of each kind (../../social/serve.ts),
    // so keystrokes queue nothing.
    const ask = async () => {
      try {
        const client = await source()
        const parsed = JSON.parse(key) as SocialInputsInput
        const built = attempt === 0 ? await checkedPrerendered(key) : null
        if (cancelled) return
        let curveAsked: Promise<NetByDaysResult> | undefined
        if (built === null) {
          const first = !progressAsked.current
          progressAsked.current = true
          const computed = await client.compute(
            parsed,
            first
              ? (soFar) => {
                  // { results, key }: the figures so far and the inputs they are for.
                  if (!cancelled) startTransition(() => setPartial({ ...soFar, key }))
                }
              : undefined,
          )
          if (cancelled) return
          startTransition(() => {
            setResult(computed)
            setPartial(null)
            setError(null)
            markDone('compute')
          })
          const protection = await client.protection(parsed)
          if (cancelled) return
          startTransition(() => {
            setProtection(protection)
            markDone('protection')
          })
          // The curve is asked with the break-evens: each worker turns to it once its own searches
          // are done (the worker answers them first), instead of waiting for the other's.
          const searched = client.breakEven(parsed)
          curveAsked = client.netByDays(parsed)
          // Its failure is read below, after the break-evens'.
          curveAsked.catch(() => {})
          const found = await searched
          if (cancelled) return
          startTransition(() => {
            setBreakEven(found)
            markDone('breakEven')
          })
        } else {
          // The same objects as the first render's: nothing on screen renders again.
          startTransition(() => {
            setResult(built.result)
            setProtection(PRERENDERED_PROTECTION)
            setBreakEven(built.breakEven)
            markDone('compute')
            markDone('protection')
            markDone('breakEven')
          })
        }
        const curve = await (curveAsked ?? client.netByDays(parsed))
        if (cancelled) return
        progressAsked.current = true
        startTransition(() => {
          setNetByDays(curve)
          markDone('netByDays')
        })
      } catch (e) {
        if (!cancelled && !isStale(e)) setError(message(e))
      }
      // Every answer in, or an error: the service worker may now start (../../pwa/settled.ts).
      if (!cancelled) markPageSettled()
    }
    void ask()
    return () => {
      cancelled = true
    }
  }, [key, attempt, source])

  // A retry starts a fresh worker: the one that failed may be stuck or broken.
  const retry = useCallback(() => {
    setError(null)
    void source()
      .then((client) => client.dispose())
      .catch(() => {})
      .finally(() => setAttempt((n) => n + 1))
  }, [source])

  const resultInputs = useMemo(
    () => (done.compute === '' ? null : (JSON.parse(done.compute) as SocialInputsInput)),
    [done.compute],
  )
  // Nothing can be asked: earlier figures would pass for these inputs' (a link's 0 days showed
  // the prerendered default figures), so none are shown; the panels say why.
  const asked = key !== ''
  // A step whose answer is older than the inputs, unless an error stopped it.
  const behind = (step: keyof typeof done) => asked && done[step] !== key && error === null
  return {
    result: asked ? result : null,
    partial: behind('compute') && partial?.key === key ? partial.results : null,
    resultInputs: asked ? resultInputs : null,
    protection: asked ? protection : null,
    breakEven: asked ? breakEven : null,
    netByDays: asked ? netByDays : null,
    updating: behind('compute'),
    protectionUpdating: behind('protection'),
    breakEvenUpdating: behind('breakEven'),
    netByDaysUpdating: behind('netByDays'),
    error,
    retry,
  }
}
