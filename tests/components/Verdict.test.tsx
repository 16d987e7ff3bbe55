import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Verdict } from '../../src/components/answer/Verdict'
import type { SocialView } from '../../src/components/net/useSocialModel'
import { fr } from '../../src/i18n'
import { SocialInputsSchema } from '../../src/social'
import { createSocialEngine } from '../../src/social/engine'
import { defaultScenario } from '../social/fixtures'

describe('the verdict', () => {
  it('says when its figures are the previous inputs’: after a failure, and while updating', () => {
    const result = createSocialEngine().nets(SocialInputsSchema.parse(defaultScenario))
    const view = (error: string | null, updating = false): SocialView => ({
      result,
      partial: null,
      resultInputs: defaultScenario,
      protection: null,
      breakEven: null,
      netByDays: null,
      updating,
      protectionUpdating: false,
      breakEvenUpdating: false,
      netByDaysUpdating: false,
      error,
      retry: () => {},
    })
    const { rerender } = render(
      <Verdict t={fr} social={{ inputs: defaultScenario, outOfModel: null, view: view(null) }} />,
    )
    expect(screen.getByTestId('verdict-text')).toBeInTheDocument()
    expect(screen.queryByTestId('verdict-stale')).toBeNull()
    rerender(
      <Verdict
        t={fr}
        social={{ inputs: defaultScenario, outOfModel: null, view: view('worker crashed') }}
      />,
    )
    expect(screen.getByTestId('verdict-stale')).toHaveTextContent(fr.net.failedKept)
    expect(screen.getByTestId('verdict-text')).toBeInTheDocument()
    expect(screen.queryByTestId('verdict-updating')).toBeNull()
    // While the worker computes new inputs (saved ones just read), the figures shown are said to
    // be updating, not only marked aria-busy.
    rerender(
      <Verdict
        t={fr}
        social={{ inputs: defaultScenario, outOfModel: null, view: view(null, true) }}
      />,
    )
    expect(screen.getByTestId('verdict-updating')).toHaveTextContent(fr.net.updating)
    expect(screen.getByTestId('verdict')).toHaveAttribute('aria-busy', 'true')
  }, 60_000)
})
