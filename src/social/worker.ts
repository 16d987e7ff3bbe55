/// <reference lib="webworker" />
// The social model's Web Worker (a module worker): builds the publicodes engine as soon as it
// starts, then answers the page's requests through the protocol of ./serve.
import { createSocialEngine, type SocialEngine } from './engine'
import { createSocialServer } from './serve'

const scope = self as unknown as DedicatedWorkerGlobalScope

let engine: SocialEngine | undefined
const getEngine = (): SocialEngine => {
  engine ??= createSocialEngine()
  return engine
}

const server = createSocialServer({
  post: (response) => scope.postMessage(response),
  engine: getEngine,
})

scope.addEventListener('message', (event: MessageEvent<unknown>) => server.receive(event.data))

// Start building the engine (≈ 0.4 s) right away; a failure is reported on the first request.
setTimeout(() => {
  try {
    getEngine()
  } catch {
    // getEngine throws again, inside a request, where the error is answered.
  }
}, 0)
