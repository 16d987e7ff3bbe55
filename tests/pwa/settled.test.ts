import { afterEach, describe, expect, it } from 'vitest'
import { markPageSettled, PAGE_SETTLED } from '../../src/pwa/settled'
import { pageSettled } from '../../src/pwa/update'

/** Resolves with whether `promise` settled within `ms`. */
const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ])

describe('the page settled, for the service worker', () => {
  afterEach(() => performance.clearMarks(PAGE_SETTLED))

  it('waits for the mark, made once however often the page settles', async () => {
    const settled = pageSettled(60_000)
    expect(await within(settled, 50)).toBe(false)
    markPageSettled()
    expect(await within(settled, 1_000)).toBe(true)
    markPageSettled()
    expect(performance.getEntriesByName(PAGE_SETTLED)).toHaveLength(1)
    // Marked before it is asked: at once.
    expect(await within(pageSettled(60_000), 50)).toBe(true)
  })

  it('gives up waiting after its longest wait, for a page that is never marked', async () => {
    performance.clearMarks(PAGE_SETTLED)
    expect(await within(pageSettled(100), 50)).toBe(false)
    expect(await within(pageSettled(100), 1_000)).toBe(true)
  })
})
