import { afterEach, describe, expect, it, vi } from 'vitest'

/** A Worker stand-in that counts how many were created. */
class CountedWorker {
  static created: CountedWorker[] = []
  terminated = false
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    CountedWorker.created.push(this)
  }
  postMessage() {}
  addEventListener() {}
  terminate() {
    this.terminated = true
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
  CountedWorker.created = []
})

describe('the social worker started by the entry script', () => {
  it('is created once, adopted by the client, and a retry starts a fresh one', async () => {
    vi.stubGlobal('Worker', CountedWorker)
    // Fresh modules: the entry script's worker is module state.
    const { startSocialWorker } = await import('../../src/social/early-worker')
    const { createSocialClient } = await import('../../src/social/client')
    startSocialWorker()
    startSocialWorker()
    expect(CountedWorker.created).toHaveLength(1)
    expect(CountedWorker.created[0]?.options).toEqual({ type: 'module', name: 'social' })
    expect(performance.getEntriesByName('social-worker-created')).not.toHaveLength(0)

    const client = createSocialClient()
    client.start?.()
    // The client took the worker already running: none was created for it.
    expect(CountedWorker.created).toHaveLength(1)

    client.dispose()
    expect(CountedWorker.created[0]?.terminated).toBe(true)
    client.start?.()
    expect(CountedWorker.created).toHaveLength(2)
  })

  it('without one started, the client creates its own', async () => {
    vi.stubGlobal('Worker', CountedWorker)
    const { createSocialClient } = await import('../../src/social/client')
    createSocialClient().start?.()
    expect(CountedWorker.created).toHaveLength(1)
  })
})
