// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useTarget } from '../../src/components/answer/useTarget'
import type { SocialClient, SocialInputsInput, TargetResult } from '../../src/social'
import { defaultScenario } from '../social/fixtures'

/** A social client whose target search answers at once, and the targets it was asked for. */
function targetClient() {
  const asked: number[] = []
  const client = {
    target: async (_inputs: SocialInputsInput, net: number): Promise<TargetResult> => {
      asked.push(net)
      return { targetNetEurPerYear: net, statuses: {} as TargetResult['statuses'] }
    },
  } as unknown as SocialClient
  return { asked, source: async () => client }
}

describe('useTarget', () => {
  it('asks for the search at once when the inputs or the target change, before any timer', async () => {
    vi.useFakeTimers()
    const { asked, source } = targetClient()
    const { result, rerender } = renderHook(
      ({ net }) => useTarget(source, defaultScenario, net, true, true),
      {
        initialProps: { net: 50_000 },
      },
    )
    // No timer runs in this test: effects and promises only.
    await act(async () => {})
    expect(asked).toEqual([50_000])
    expect(result.current.result?.targetNetEurPerYear).toBe(50_000)
    rerender({ net: 60_000 })
    await act(async () => {})
    expect(asked).toEqual([50_000, 60_000])
    expect(result.current.updating).toBe(false)
  })

  it('waits until ready (the net table’s break-evens in), shown as under way meanwhile', async () => {
    const { asked, source } = targetClient()
    const { result, rerender } = renderHook(
      ({ ready }) => useTarget(source, defaultScenario, 50_000, ready, true),
      { initialProps: { ready: false } },
    )
    await act(async () => {})
    expect(asked).toEqual([])
    expect(result.current.updating).toBe(true)
    rerender({ ready: true })
    await act(async () => {})
    expect(asked).toEqual([50_000])
    expect(result.current.updating).toBe(false)
  })

  it('waits for the curve too before its first search only, not before the later ones', async () => {
    const { asked, source } = targetClient()
    const { result, rerender } = renderHook(
      ({ net, curve }) => useTarget(source, defaultScenario, net, true, curve),
      { initialProps: { net: 50_000, curve: false } },
    )
    await act(async () => {})
    expect(asked).toEqual([])
    expect(result.current.updating).toBe(true)
    rerender({ net: 50_000, curve: true })
    await act(async () => {})
    expect(asked).toEqual([50_000])
    // A later change is asked while the next curve is computed.
    rerender({ net: 60_000, curve: false })
    await act(async () => {})
    expect(asked).toEqual([50_000, 60_000])
    expect(result.current.result?.targetNetEurPerYear).toBe(60_000)
  })
})
