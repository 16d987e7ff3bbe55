import { useText } from '../../i18n'
import { useAnyInvalid } from '../invalidFields'

/** Says that the figures below are out of date while a field holds an invalid value. */
export function StaleNotice() {
  const t = useText()
  const stale = useAnyInvalid()
  return (
    <p
      className={stale ? 'notice stale-notice' : 'visually-hidden'}
      role="status"
      data-testid="stale"
    >
      {stale ? t.answer.stale : ''}
    </p>
  )
}
