// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { SocialClientContext } from '../../src/components/net/socialClient'
import { useSocialModel } from '../../src/components/net/useSocialModel'
import type { BreakEvenResult, NetByDaysResult, SocialClient } from '../../src/social'
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
})
