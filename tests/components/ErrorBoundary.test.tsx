import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/components/ErrorBoundary'

const failing = { now: true }

function Flaky() {
  if (failing.now) throw new Error('boom')
  return <p>chart drawn</p>
}

describe('ErrorBoundary', () => {
  it('keeps a failure inside its panel and retries on demand', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    failing.now = true
    const user = userEvent.setup()
    render(
      <>
        <ErrorBoundary
          what="les graphiques"
          onRetry={() => {
            failing.now = false
          }}
        >
          <Flaky />
        </ErrorBoundary>
        <p>the rest of the page</p>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(/impossible d’afficher les graphiques/i)
    expect(screen.getByRole('alert')).toHaveTextContent('boom')
    expect(screen.getByText('the rest of the page')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /réessayer/i }))
    expect(screen.getByText('chart drawn')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
