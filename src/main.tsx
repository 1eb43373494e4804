import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startBootstrap } from './app/bootstrap'
import { startUrlSync } from './app/url-sync'
import { detectWebgl } from './app/webgl'
import { useView } from './state/view-store'
import './app/styles.css'

// Loading starts before React renders: the dataset and the model are fetched while the 3D
// chunk is still being parsed.
const webgl = detectWebgl()
useView.getState().setWebglAvailable(webgl)
startBootstrap({ webgl })
// URL <-> stores (src/app/url-sync.ts): reads the link once the dataset is indexed
startUrlSync()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
