import { act, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import { PENDING_ATTRIBUTE } from '../../src/components/AfterHydration'

/** Whether parts shown after hydration are still waiting for their turn or being revealed. */
export const revealPending = () => document.documentElement.hasAttribute(PENDING_ATTRIBUTE)

/**
 * Waits until every part shown after hydration has had its turn (they come one at a time, each
 * in a transition: src/components/AfterHydration.tsx), then lets their lazy chunks settle.
 */
export async function partsRevealed(): Promise<void> {
  await waitFor(() => expect(revealPending()).toBe(false), { timeout: 30_000 })
  await act(async () => {})
}
