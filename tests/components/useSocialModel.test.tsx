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
  it('shows the first compute’s figures status by status, then never asks for progress again', async () => {
    const progressAsked: boolean[] = []
    let send: Progress | undefined
    let answer = (_: SocialResult) => {}
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
      netByDays: () => new Promise(() => {}),
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
    // The next inputs: the older figures stay (marked updating) until the answer, no progress.
    rerender({ ...defaultScenario, tjmEurPerDay: 600 })
    await act(async () => {})
    expect(progressAsked).toEqual([true, false])
    expect(result.current.partial).toBeNull()
    expect(result.current.updating).toBe(true)
    await act(async () => answer(all))
    expect(result.current.updating).toBe(false)
    // Back to the first inputs: no part of their figures so far shows again.
    rerender(defaultScenario)
    await act(async () => {})
    expect(result.current.updating).toBe(true)
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
