import { useNoticesText } from '../i18n/notices'
import { useCalculator } from '../store'

/** What the link or the saved state could not give as it came, with a way back where there is one. */
export function Notices() {
  const notices = useCalculator((s) => s.notices)
  const restoreSaved = useCalculator((s) => s.restoreSaved)
  const t = useNoticesText()
  // Always there once loaded, empty when there is nothing to say: the page's notices have been read.
  return (
    <div className="notices">
      {notices.linkUnreadable.length > 0 && (
        <p className="notice" role="status">
          {t.url.notice(notices.linkUnreadable.join(', '))}
        </p>
      )}
      {notices.replacedSaved !== null && (
        <p className="notice" role="status">
          {t.url.replacedSaved}{' '}
          <button type="button" className="link-button" onClick={restoreSaved}>
            {t.url.backToSaved}
          </button>
        </p>
      )}
      {notices.savedUnreadable.length > 0 && (
        <p className="notice" role="status">
          {t.saved.notice(notices.savedUnreadable.map((key) => t.saved.fields[key]).join(', '))}
        </p>
      )}
    </div>
  )
}
