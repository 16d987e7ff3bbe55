import './ErrorBoundary.css'
import { Component, type ReactNode } from 'react'
import { type Catalogue, TextContext } from '../i18n'
import { useCalculator } from '../store'

type Props = {
  /** What failed, for the message: "les graphiques", "le revenu net"… */
  what: string
  children: ReactNode
  /** Called before children are tried again, to reset what made them fail. */
  onRetry?: () => void
  /** Subscribes the failed panel to retries started elsewhere; returns the unsubscribe. */
  retryWith?: (retry: () => void) => () => void
}

type State = { error: Error | null }

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/**
 * Keeps a failure inside one panel: the panel says what went wrong and offers a retry. It also
 * retries on its own when the browser comes back online, since a chunk that failed to load is the
 * likeliest failure and the network its likeliest cause.
 */
export class ErrorBoundary extends Component<Props, State> {
  // A class cannot call a hook: it reads the catalogue through the context directly.
  static override contextType = TextContext
  declare context: Catalogue
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: asError(error) }
  }

  private unsubscribe: (() => void) | null = null

  retry = () => {
    this.stopListening()
    this.props.onRetry?.()
    this.setState({ error: null })
  }

  private stopListening() {
    window.removeEventListener('online', this.retry)
    this.unsubscribe?.()
    this.unsubscribe = null
  }

  override componentDidUpdate(_: Props, previous: State) {
    if (!previous.error && this.state.error) {
      window.addEventListener('online', this.retry)
      this.unsubscribe = this.props.retryWith?.(this.retry) ?? null
    }
  }

  override componentWillUnmount() {
    this.stopListening()
  }

  override render() {
    const { error } = this.state
    const t = this.context
    if (!error) return this.props.children
    return (
      <div className="card panel-error" role="alert">
        <p>{t.errorPanel.message(this.props.what)}</p>
        <p className="muted">{error.message}</p>
        <button type="button" onClick={this.retry}>
          {t.errorPanel.retry}
        </button>
      </div>
    )
  }
}

/**
 * The last line of defence around the whole page: whatever a dataset, link or saved state does,
 * the page never stays blank. Going back to the shipped data resets the store, which also clears
 * the saved dataset, so a reload cannot fall into the same failure.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = TextContext
  declare context: Catalogue
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: asError(error) }
  }

  recover = () => {
    useCalculator.getState().reset()
    this.setState({ error: null })
  }

  override render() {
    const { error } = this.state
    const t = this.context
    if (!error) return this.props.children
    return (
      <main className="layout">
        <div className="card panel-error" role="alert">
          <h1>{t.title}</h1>
          <p>{t.pageError.message}</p>
          <p className="muted">{error.message}</p>
          <button type="button" onClick={this.recover}>
            {t.pageError.recover}
          </button>
        </div>
      </main>
    )
  }
}
