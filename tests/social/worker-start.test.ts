import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** A Worker stand-in: the URL it was created with, its listeners, whether it was terminated. */
class FakeWorker {
  static created: FakeWorker[] = []
  readonly listeners: ((event: Event) => void)[] = []
  terminated = false

  constructor(readonly url: URL) {
    FakeWorker.created.push(this)
  }

  addEventListener(_type: 'error', listener: (event: Event) => void) {
    this.listeners.push(listener)
  }

  fail() {
    for (const listener of this.listeners) listener(new Event('error'))
  }

  terminate() {
    this.terminated = true
  }
}

// The module keeps the early worker in its own state: a fresh copy for each test.
const load = () => import('../../src/social/worker-start')

describe('the social worker started with the page', () => {
  beforeEach(() => {
    vi.resetModules()
    FakeWorker.created = []
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is created at once, then handed to the first client that takes it', async () => {
    const { startSocialWorker, takeSocialWorker } = await load()
    startSocialWorker()
    expect(FakeWorker.created).toHaveLength(1)
    expect(String(FakeWorker.created[0]?.url)).toMatch(/\/social\/worker\.ts/)
    expect(takeSocialWorker()).toBe(FakeWorker.created[0])
    // A later client (after "Réessayer") gets a worker of its own.
    const next = takeSocialWorker()
    expect(next).not.toBe(FakeWorker.created[0])
    expect(FakeWorker.created).toHaveLength(2)
  })

  it('is not handed on when its script failed before a client took it', async () => {
    const { startSocialWorker, takeSocialWorker } = await load()
    startSocialWorker()
    const failed = FakeWorker.created[0] as FakeWorker
    failed.fail()
    expect(failed.terminated).toBe(true)
    const taken = takeSocialWorker()
    expect(taken).not.toBe(failed)
    expect(FakeWorker.created).toHaveLength(2)
  })

  it('leaves a page without workers (or whose browser refuses one) to the client', async () => {
    vi.stubGlobal('Worker', undefined)
    const { startSocialWorker } = await load()
    expect(() => startSocialWorker()).not.toThrow()
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused', 'SecurityError')
        }
      },
    )
    expect(() => startSocialWorker()).not.toThrow()
  })
})
