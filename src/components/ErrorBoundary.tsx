import { Component, type ReactNode } from 'react'
import { fr } from './text'

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
    if (!error) return this.props.children
    return (
      <div className="card panel-error" role="alert">
        <p>{fr.errorPanel.message(this.props.what)}</p>
        <p className="muted">{error.message}</p>
        <button type="button" onClick={this.retry}>
          {fr.errorPanel.retry}
        </button>
      </div>
    )
  }
}
