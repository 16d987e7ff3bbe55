/// <reference lib="webworker" />
// The social model's Web Worker (a module worker): builds the publicodes engine as soon as it
// starts, then answers the page's requests through the protocol of ./serve.
import { createSocialEngine, type SocialEngine } from './engine'
import { RULES_LOAD_MS } from './rules-data'
import { createSocialServer } from './serve'

// From the worker's creation (its time origin) to its script running, the rules parsed.
const workerStartMs = performance.now()

const scope = self as unknown as DedicatedWorkerGlobalScope

let engine: SocialEngine | undefined
let engineBuildMs: number | undefined
// When the worker read the page's first request: a request sent during the engine build (one
// synchronous task) is read after it.
let firstRequestMs: number | undefined
const getEngine = (): SocialEngine => {
  if (engine === undefined) {
    const started = performance.now()
    engine = createSocialEngine()
    engineBuildMs = performance.now() - started
  }
  return engine
}

const server = createSocialServer({
  post: (response) => scope.postMessage(response),
  engine: getEngine,
  startup: () =>
    engineBuildMs === undefined
      ? undefined
      : {
          // When the worker was created, on the page's clock once the page subtracts its own.
          timeOriginMs: performance.timeOrigin,
          workerStartMs,
          ...(RULES_LOAD_MS === undefined ? {} : { rulesLoadMs: RULES_LOAD_MS }),
          engineBuildMs,
          ...(firstRequestMs === undefined ? {} : { firstRequestMs }),
          // Called as the answer is made: when the first figures were ready.
          answerMs: performance.now(),
        },
})

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  firstRequestMs ??= performance.now()
  server.receive(event.data)
})

// Start building the engine (≈ 0.4 s) right away; a failure is reported on the first request.
setTimeout(() => {
  try {
    getEngine()
  } catch {
    // getEngine throws again, inside a request, where the error is answered.
  }
}, 0)
