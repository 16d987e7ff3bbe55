import './ErrorBoundary.css'
import { Component, type ReactNode } from 'react'
import { type Catalogue, TextContext } from '../i18n'

type Props = {
  /** What failed, for the message: "les graphiques", "le revenu net"… */
  what: string
  children: ReactNode
  /** Called before children are tried again, to reset what made them fail. */
  onRetry?: () => void
}

type State = { error: Error | null }

/** Keeps a failure inside one panel: the panel says what went wrong and offers a retry. */
export class ErrorBoundary extends Component<Props, State> {
  // A class cannot call a hook: it reads the catalogue through the context directly.
  static override contextType = TextContext
  declare context: Catalogue
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  retry = () => {
    this.props.onRetry?.()
    this.setState({ error: null })
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
