import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { Glossary } from '../../src/components/Glossary'
import { LanguageProvider, switchLanguage } from '../../src/components/Language'
import { fr, TextContext } from '../../src/i18n'
import { enGlossary } from '../../src/i18n/en-glossary'
import { frGlossary, type GlossaryTerm } from '../../src/i18n/fr-glossary'

/** The glossary's button for `term`, where the page first uses the word. */
const termButton = (term: GlossaryTerm) =>
  screen.getByRole('button', { name: fr.glossary.terms[term] })

describe('the glossary', () => {
  it('defines each term where it first appears, opened and closed from the keyboard', async () => {
    const user = userEvent.setup()
    render(<App />)
    // The terms of the first view; PFU and ACRE sit in panels of their own, loaded later.
    const terms: GlossaryTerm[] = ['tjm', 'intercontrat', 'bnc', 'ir', 'is', 'portage']
    for (const term of [...terms, 'versementLiberatoire', 'parts', 'forfaitJours'] as const) {
      expect(termButton(term)).toHaveAttribute('aria-expanded', 'false')
    }
    const tjm = termButton('tjm')
    const panel = document.getElementById(tjm.getAttribute('aria-controls') ?? '')
    expect(panel).not.toBeVisible()
    tjm.focus()
    await user.keyboard('{Enter}')
    expect(tjm).toHaveAttribute('aria-expanded', 'true')
    await within(panel as HTMLElement).findByText(frGlossary.tjm)
    expect(panel).toBeVisible()
    await user.keyboard(' ')
    expect(tjm).toHaveAttribute('aria-expanded', 'false')
    expect(panel).not.toBeVisible()
    // Several open at once, each below its own line of terms.
    await user.click(termButton('bnc'))
    await user.click(termButton('is'))
    expect(await screen.findByText(frGlossary.bnc)).toBeVisible()
    expect(screen.getByText(frGlossary.is)).toBeVisible()
    expect(screen.queryByText(frGlossary.ir)).not.toBeVisible()
  })

  it('defines them in English on the English page', async () => {
    const user = userEvent.setup()
    await act(() => switchLanguage('en', { chosen: false }))
    render(
      <LanguageProvider>
        <App />
      </LanguageProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'forfait jours' }))
    expect(await screen.findByText(enGlossary.forfaitJours)).toBeVisible()
  })

  it('says so when the definitions cannot be loaded, rather than wait for ever', async () => {
    const user = userEvent.setup()
    const offline = {
      ...fr,
      glossary: { ...fr.glossary, definitions: () => Promise.reject(new Error('offline')) },
    }
    render(
      <TextContext.Provider value={offline}>
        <Glossary terms={['tjm']} />
      </TextContext.Provider>,
    )
    await user.click(termButton('tjm'))
    expect(await screen.findByText(fr.glossary.failed)).toBeVisible()
  })
})
