import { act, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import { revealPending } from '../../src/components/AfterHydration'

/**
 * Waits until every part shown after hydration has had its turn (they come one at a time, each
 * in a transition: src/components/AfterHydration.tsx), then lets their lazy chunks settle.
 */
export async function partsRevealed(): Promise<void> {
  await waitFor(() => expect(revealPending()).toBe(false), { timeout: 30_000 })
  await act(async () => {})
}
