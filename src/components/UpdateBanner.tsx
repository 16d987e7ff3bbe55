import './UpdateBanner.css'
import { useSyncExternalStore } from 'react'
import { useNoticesText } from '../i18n/notices'
import { applyUpdate, onUpdateChange, startServiceWorker, updateAvailable } from '../pwa/update'

// Loaded lazily after the first view: the service worker starts from here, off the first load.
startServiceWorker()

/** "Nouvelle version disponible — Recharger": shown when a new build waits to take over. */
export function UpdateBanner() {
  const t = useNoticesText()
  const available = useSyncExternalStore(onUpdateChange, updateAvailable, () => false)
  if (!available) return null
  return (
    <p className="update-banner" role="status">
      {t.update.available} —{' '}
      <button type="button" className="link-button" onClick={applyUpdate}>
        {t.update.reload}
      </button>
    </p>
  )
}
