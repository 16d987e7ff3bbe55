// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { SocialClientContext } from '../../src/components/net/socialClient'
import { useSocialModel } from '../../src/components/net/useSocialModel'
import {
  type BreakEvenResult,
  type NetByDaysResult,
  type Progress,
  type SocialClient,
  SocialInputsSchema,
  type SocialResult,
} from '../../src/social'
import { createSocialEngine } from '../../src/social/engine'
import { defaultScenario } from '../social/fixtures'

/**
 * A social client recording what it is asked, in order: figures and protection answer at once,
 * the break-evens when the test says, the curve at once.
 */
function heldBreakEvenClient() {
  const asked: string[] = []
  let answerBreakEven = () => {}
  const client = {
    compute: async () => {
      asked.push('compute')
      return { results: {} }
    },
    protection: async () => {
      asked.push('protection')
      return { results: {} }
    },
    breakEven: () => {
      asked.push('breakEven')
      return new Promise<BreakEvenResult>((resolve) => {
        answerBreakEven = () =>
          resolve({ cdiNetAfterTaxEurPerYear: 1, statuses: {} as BreakEvenResult['statuses'] })
      })
    },
    netByDays: async (): Promise<NetByDaysResult> => {
      asked.push('netByDays')
      return { tjmEurPerDay: defaultScenario.tjmEurPerDay, points: [] }
    },
  } as unknown as SocialClient
  const source = async () => client
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SocialClientContext.Provider value={source}>{children}</SocialClientContext.Provider>
  )
  return { asked, wrapper, answerBreakEven: () => answerBreakEven() }
}

describe('useSocialModel', () => {
  it('asks for the curve with the break-evens, and shows it after them', async () => {
    const { asked, wrapper, answerBreakEven } = heldBreakEvenClient()
    const { result } = renderHook(() => useSocialModel(defaultScenario), { wrapper })
    await act(async () => {})
    // The curve is asked while the break-evens are still searched: a worker turns to it as soon
    // as its own searches are done.
    expect(asked).toEqual(['compute', 'protection', 'breakEven', 'netByDays'])
    expect(result.current.breakEvenUpdating).toBe(true)
    expect(result.current.netByDaysUpdating).toBe(true)
    answerBreakEven()
    await act(async () => {})
    expect(result.current.breakEvenUpdating).toBe(false)
    expect(result.current.netByDaysUpdating).toBe(false)
    expect(result.current.netByDays?.tjmEurPerDay).toBe(defaultScenario.tjmEurPerDay)
  })
  it('shows the figures status by status until the page’s first curve came, in place of older ones', async () => {
    const progressAsked: boolean[] = []
    let send: Progress | undefined
    let answer = (_: SocialResult) => {}
    let answerCurve = () => {}
    const client = {
      compute: (_inputs: unknown, progress?: Progress) => {
        progressAsked.push(progress !== undefined)
        send = progress
        return new Promise<SocialResult>((resolve) => {
          answer = resolve
        })
      },
      protection: async () => ({ results: {} }),
      breakEven: async () => ({ cdiNetAfterTaxEurPerYear: 1, statuses: {} }),
      netByDays: () =>
        new Promise((resolve) => {
          answerCurve = () => resolve({ tjmEurPerDay: 1, points: [] })
        }),
    } as unknown as SocialClient
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SocialClientContext.Provider value={async () => client}>
        {children}
      </SocialClientContext.Provider>
    )
    const { result, rerender } = renderHook((inputs) => useSocialModel(inputs), {
      wrapper,
      initialProps: defaultScenario,
    })
    await act(async () => {})
    expect(progressAsked).toEqual([true])
    const all = createSocialEngine().nets(SocialInputsSchema.parse(defaultScenario))
    await act(async () => send?.({ results: { cdi: all.results.cdi } }))
    expect(result.current.partial).toEqual({ cdi: all.results.cdi })
    expect(result.current.result).toBeNull()
    expect(result.current.updating).toBe(true)
    await act(async () => answer(all))
    expect(result.current.partial).toBeNull()
    expect(result.current.result).toBe(all)
    // New inputs before the curve came: still status by status, in place of the older figures.
    rerender({ ...defaultScenario, tjmEurPerDay: 600 })
    await act(async () => {})
    expect(progressAsked).toEqual([true, true])
    await act(async () => send?.({ results: { micro: all.results.micro } }))
    expect(result.current.partial).toEqual({ micro: all.results.micro })
    expect(result.current.result).toBe(all)
    await act(async () => answer(all))
    await act(async () => answerCurve())
    expect(result.current.netByDaysUpdating).toBe(false)
    // The page's first answers are all in: the next inputs' figures come in one answer, and the
    // older ones stay (marked updating) until then.
    rerender({ ...defaultScenario, tjmEurPerDay: 650 })
    await act(async () => {})
    expect(progressAsked).toEqual([true, true, false])
    expect(result.current.partial).toBeNull()
    expect(result.current.updating).toBe(true)
    await act(async () => answer(all))
    expect(result.current.updating).toBe(false)
    // Back to inputs whose figures came status by status before: no stale part of them shows.
    rerender({ ...defaultScenario, tjmEurPerDay: 600 })
    await act(async () => {})
    expect(result.current.partial).toBeNull()
  })
  it('shows no figures so far once the compute failed: the error says what happened', async () => {
    let send: Progress | undefined
    let fail = (_: Error) => {}
    const client = {
      compute: (_inputs: unknown, progress?: Progress) => {
        send = progress
        return new Promise<SocialResult>((_, reject) => {
          fail = reject
        })
      },
    } as unknown as SocialClient
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SocialClientContext.Provider value={async () => client}>
        {children}
      </SocialClientContext.Provider>
    )
    const { result } = renderHook(() => useSocialModel(defaultScenario), { wrapper })
    await act(async () => {})
    const all = createSocialEngine().nets(SocialInputsSchema.parse(defaultScenario))
    await act(async () => send?.({ results: { cdi: all.results.cdi } }))
    expect(result.current.partial).not.toBeNull()
    await act(async () => fail(new Error('The social model failed: boom')))
    expect(result.current.error).toMatch(/boom/)
    expect(result.current.partial).toBeNull()
  })
})
