// The DOM interface beside the 3D canvas (App renders it). Loading and dataset errors take the
// whole screen; otherwise a top bar, the panel of the current mode (left, or a bottom sheet on
// phones), the selected trigger point's details (right), view buttons and the legend.
// Without WebGL there is no canvas: the same panels are laid out as a plain list view.
import { useCallback, useState } from 'react'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { type Mode, useView } from '../state/view-store'
import { ConsultPanel } from './ConsultPanel'
import { DetailPanel } from './DetailPanel'
import { ErrorPage } from './ErrorPage'
import { ExplorePanel } from './ExplorePanel'
import { FinderPanel } from './FinderPanel'
import { Legend } from './Legend'
import { LoadingScreen } from './LoadingScreen'
import { NoticeList } from './NoticeList'
import { StudyPanel } from './StudyPanel'
import { TherapyPanel } from './TherapyPanel'
import { TopBar } from './TopBar'
import { ViewButtons } from './ViewButtons'
import './ui.css'

const PANEL_LABELS: Record<Mode, string> = {
  explore: 'Explore trigger points',
  find: 'Where does it hurt?',
  consult: 'Consult',
  study: 'Study',
}

export function UiRoot() {
  const status = useData((s) => s.status)
  const mode = useView((s) => s.mode)
  const webgl = useView((s) => s.webglAvailable)
  const hasDetail = useSelection((s) => s.tpId !== null) && mode !== 'study'
  const [therapyOpen, setTherapyOpen] = useState(false)
  // phones: the bottom sheet can be lowered to see the whole body
  const [sheetLowered, setSheetLowered] = useState(false)
  const openTherapy = useCallback(() => setTherapyOpen(true), [])
  const closeTherapy = useCallback(() => setTherapyOpen(false), [])

  if (status === 'error') return <ErrorPage />
  if (status === 'loading') return <LoadingScreen />

  const panel =
    mode === 'find' ? <FinderPanel /> : mode === 'consult' ? <ConsultPanel /> : mode === 'study' ? <StudyPanel /> : <ExplorePanel />
  const classes = ['tpx-ui', webgl ? '' : 'list-only', hasDetail ? 'has-detail' : '', sheetLowered ? 'sheet-lowered' : '']
    .filter(Boolean)
    .join(' ')

  return (
    <div className={classes} data-mode={mode} data-testid="ui-root">
      <TopBar onOpenTherapy={openTherapy} />
      <div className={webgl ? undefined : 'tpx-columns'}>
        {!webgl && (
          <p className="tpx-panel" role="status" data-testid="no-webgl" style={{ gridColumn: '1 / -1' }}>
            This browser cannot show the 3D body, so everything is shown as lists. You can still choose trigger points, read where
            they send pain, and find likely sources of your pain by tapping body areas.
          </p>
        )}
        <aside className="tpx-panel tpx-side" aria-label={PANEL_LABELS[mode]}>
          {panel}
        </aside>
        {hasDetail && <DetailPanel onOpenTherapy={openTherapy} />}
      </div>
      {webgl && (
        <div className="tpx-canvas-tools">
          <ViewButtons />
        </div>
      )}
      {webgl && (
        <div className="tpx-legend-wrap">
          <Legend />
          <button
            type="button"
            className="tpx-sheet-toggle"
            aria-expanded={!sheetLowered}
            aria-label={sheetLowered ? 'Show the panel' : 'Lower the panel to see the body'}
            onClick={() => setSheetLowered((v) => !v)}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" style={{ transform: sheetLowered ? 'rotate(180deg)' : undefined }}>
              <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
      <NoticeList />
      {therapyOpen && <TherapyPanel onClose={closeTherapy} />}
    </div>
  )
}
