import type { ReactNode } from 'react'
import type { Inputs, Results } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { SocialState } from '../net/SocialProvider'
import type { SocialClientSource } from '../net/socialClient'

/**
 * What the lazy answer panels receive from the page: they import only the domain and social
 * chunks, so that loading them splits no start-up module into a chunk of its own (gzip counts
 * per file, and the first-load budget with it).
 */
export type AnswerPanelProps = {
  t: Catalogue
  inputs: Inputs
  results: Results
  social: SocialState
  source: SocialClientSource
  /** A number field bound to one input of the store. */
  field: (key: 'targetNetEurPerMonth' | 'missionDaysPerWeek', label: string) => ReactNode
}
