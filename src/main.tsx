import './styles.css'
import './palette.css'
import './theme-dark.css'
import './print.css'

import { startSocialWorker } from './social/worker-start'

// The social worker builds its engine on its own thread while the page starts.
startSocialWorker()

// index.html holds it (the build writes the first view into it).
const root = document.getElementById('root') as HTMLElement

// React and the app arrive as separate chunks, fetched together but evaluated in separate tasks,
// so that start-up never blocks the main thread in one long piece.
const react = import('react-dom/client')
void react.then(() => import('./boot')).then(({ mount }) => mount(root))
