import { createContext, useContext } from 'react'
import type { SocialClient } from '../../social'

/** Makes the page's social client; the default loads the module and its worker on first call. */
export type SocialClientSource = () => Promise<SocialClient>

let shared: Promise<SocialClient> | null = null

/** The page's one social client: its module loads only when first asked for. */
export const loadSocialClient: SocialClientSource = () => {
  shared ??= import('../../social').then((m) => {
    const client = m.createPageSocialClient()
    client.start?.()
    return client
  })
  // A failed load (network, chunk missing) is not kept: the next call tries again.
  shared.catch(() => {
    shared = null
  })
  return shared
}

/** Where the net panel gets its social client; tests provide one over the engine directly. */
export const SocialClientContext = createContext<SocialClientSource>(loadSocialClient)

export const useSocialClientSource = () => useContext(SocialClientContext)
