import { createContext, useContext } from 'react'
import type { SocialClient } from '../../social'

/**
 * Makes a social client for a comparison: its own worker, so that computing four scenarios
 * neither waits behind the page's requests nor supersedes them (the page's worker answers only
 * the latest compute), and runs on another core. Disposed with the comparison.
 */
export type ComparisonClientSource = () => Promise<SocialClient>

const newClient: ComparisonClientSource = () =>
  import('../../social').then((m) => m.createSocialClient())

/** Where a comparison gets its client; tests provide one over the engine directly. */
export const ComparisonClientContext = createContext<ComparisonClientSource>(newClient)

export const useComparisonClientSource = () => useContext(ComparisonClientContext)
