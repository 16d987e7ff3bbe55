import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { restoreInputs, syncUrlWithInputs } from './store'
import './styles.css'

const { rejected } = restoreInputs(window.location.search)
syncUrlWithInputs()

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <App unreadable={rejected} />
  </StrictMode>,
)
