import { createContext, type ReactNode, useContext, useMemo } from 'react'
import { formatEur } from '../../domain'
import { useText } from '../../i18n'
import type { SocialInputsInput } from '../../social'
import { socialRequestFor } from '../../social/contract'
import { useResults } from '../useResults'
import { type SocialView, useSocialModel } from './useSocialModel'

/** The social model's state for the whole page: one set of requests, read by every panel. */
export type SocialState = {
  /** The social model's inputs for the page's, or null when it cannot be asked. */
  inputs: SocialInputsInput | null
  /** Why the model is not asked (no days, amounts too large, a pay above the margin), or null. */
  outOfModel: string | null
  view: SocialView
}

const SocialContext = createContext<SocialState | null>(null)

/** Asks the social model once for the page's inputs; the verdict, net panel and others read it. */
export function SocialProvider({ children }: { children: ReactNode }) {
  const t = useText()
  const { inputs, results } = useResults()
  const plan = useMemo(
    () => socialRequestFor(inputs, results.tjmEurPerDay, results.days),
    [inputs, results.tjmEurPerDay, results.days],
  )
  const socialInputs = plan.kind === 'ready' ? plan.inputs : null
  const outOfModel =
    plan.kind === 'noDays'
      ? t.net.noDays
      : plan.kind === 'tooLarge'
        ? t.net.tooLarge(formatEur(plan.maxEurPerYear))
        : plan.kind === 'payAboveMargin'
          ? t.net.payAboveMargin(formatEur(plan.marginEurPerYear))
          : null
  const view = useSocialModel(socialInputs)
  const state = useMemo(
    () => ({ inputs: socialInputs, outOfModel, view }),
    [socialInputs, outOfModel, view],
  )
  return <SocialContext.Provider value={state}>{children}</SocialContext.Provider>
}

/** The page's social state, or null outside a SocialProvider. */
export const useSocialState = (): SocialState | null => useContext(SocialContext)

/** The page's social state; only inside a SocialProvider. */
export function useSocial(): SocialState {
  const state = useContext(SocialContext)
  if (state === null) throw new Error('useSocial needs a SocialProvider')
  return state
}
