// The DOM interface beside the 3D canvas (App renders it). Loading and dataset errors take the
// whole screen; otherwise a top bar, the panel of the current mode (left, or a bottom sheet on
// phones), the selected trigger point's details (right), view buttons and the legend.
// Without WebGL there is no canvas: the same panels are laid out as a plain list view.
import { type ComponentType, type MouseEvent, type ReactNode, useCallback, useEffect, useState } from 'react'
import { pushNotice } from '../state/notice-store'
import { useData } from '../state/data-store'
import { useMuscles } from '../state/muscle-store'
import { useSearch } from '../state/search-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { ConsultHandout } from './ConsultHandout'
import { DetailPanel } from './DetailPanel'
import { ErrorPage } from './ErrorPage'
import { ExplorePanel } from './ExplorePanel'
import { Legend } from './Legend'
import { LoadingScreen } from './LoadingScreen'
import { MarkerChooser } from './MarkerChooser'
import { NoticeList } from './NoticeList'
import { TopBar } from './TopBar'
import { ViewButtons } from './ViewButtons'
import { SHEET_LAYOUT, useMediaQuery } from './useMediaQuery'
import { useTranslation } from './i18n'
import './ui.css'

// The other modes and the therapy sheet are separate chunks, kept out of the JavaScript loaded
// before the first frame. The current mode's panel is fetched as soon as the mode is known (a
// `?mode=find` link: while the body loads) and the rest once the data is ready, so the panel is
// normally there when it first shows: no fallback, no late layout change under the 3D view.
function deferred<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null // a later use tries again
        throw error
      },
    ))
  function Deferred(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded)
    useEffect(() => {
      if (component) return
      let live = true
      preload().then(
        (c) => live && setComponent(() => c),
        () => pushNotice('partFailed'),
      )
      return () => {
        live = false
      }
    }, [component])
    if (!component) return fallback
    const Component = component
    return <Component {...props} />
  }
  return { Component: Deferred, preload }
}

function PanelLoading() {
  const { t } = useTranslation()
  return (
    <p role="status" className="muted" data-testid="panel-loading">
      {t('shell.panelLoading')}
    </p>
  )
}
const panelLoading = <PanelLoading />

const MODE_PANELS = {
  find: deferred(() => import('./FinderPanel').then((m) => m.FinderPanel), panelLoading),
  consult: deferred(() => import('./ConsultPanel').then((m) => m.ConsultPanel), panelLoading),
  study: deferred(() => import('./StudyPanel').then((m) => m.StudyPanel), panelLoading),
}
const MUSCLES = deferred(() => import('./MusclesPanel').then((m) => m.MusclesPanel), panelLoading)
const THERAPY = deferred(() => import('./TherapyPanel').then((m) => m.TherapyPanel), null)
const FinderPanel = MODE_PANELS.find.Component
const ConsultPanel = MODE_PANELS.consult.Component
const StudyPanel = MODE_PANELS.study.Component
const TherapyPanel = THERAPY.Component

/** Skip links move the focus without touching the fragment (it holds a shared pain drawing). */
function skipTo(e: MouseEvent<HTMLAnchorElement>): void {
  const id = e.currentTarget.getAttribute('href')?.slice(1)
  const target = id ? document.getElementById(id) : null
  if (!target) return
  e.preventDefault()
  target.focus()
}

const quietly = (p: Promise<unknown>) => void p.catch(() => undefined)

export function UiRoot() {
  const { t } = useTranslation()
  const status = useData((s) => s.status)
  const mode = useView((s) => s.mode)
  // the 3D view is shown: WebGL exists and its context is not lost (else the list view)
  const webgl = useView((s) => s.webglAvailable && !s.webglLost)
  const contextLost = useView((s) => s.webglLost)
  const tpId = useSelection((s) => s.tpId)
  const selected = tpId !== null && mode !== 'study'
  const musclesView = useMuscles((s) => s.view) && mode === 'explore'
  const [therapyOpen, setTherapyOpen] = useState(false)
  // phones: the bottom sheet can be lowered to see the whole body
  const [sheetLowered, setSheetLowered] = useState(false)
  // consult: the details are a view of the red pattern, closing them keeps the pattern (and the
  // comparison); on a phone or a tablet in portrait they open on request over the consult panel
  // (null: as the layout suggests, shown beside the consult panel where there is room)
  // the consult note is printed on the handout and never stored (not in the URL, not on the device)
  const [note, setNote] = useState('')
  const [consultDetail, setConsultDetail] = useState<boolean | null>(null)
  const sheet = useMediaQuery(SHEET_LAYOUT)
  const openTherapy = useCallback(() => setTherapyOpen(true), [])
  const closeTherapy = useCallback(() => setTherapyOpen(false), [])
  const hasDetail = selected && (mode !== 'consult' || (consultDetail ?? !sheet))
  const closeDetail = useCallback(() => {
    if (useView.getState().mode === 'consult') {
      setConsultDetail(false)
      return
    }
    useSelection.getState().select(null)
    // back to the search the person came from: its text and results are still there
    const search = useSearch.getState()
    if (search.query.trim()) search.setOpen(true)
  }, [])
  useEffect(() => {
    if (mode !== 'explore') quietly(MODE_PANELS[mode].preload())
  }, [mode])
  useEffect(() => {
    if (status !== 'ready') return
    for (const panel of [...Object.values(MODE_PANELS), THERAPY]) quietly(panel.preload())
  }, [status])
  // a new selection shows its details again (after the sheet was lowered, too)
  useEffect(() => {
    if (tpId) setSheetLowered(false)
  }, [tpId])
  // Escape closes the top panel: the dialog closes itself; then the details
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || therapyOpen) return
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return
      if (!hasDetail) return
      e.preventDefault()
      closeDetail()
      document.getElementById('tpx-panel')?.focus({ preventScroll: true })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [therapyOpen, hasDetail, closeDetail])

  if (status === 'error') return <ErrorPage />
  if (status === 'loading') return <LoadingScreen />

  const panel = musclesView ? (
    <MUSCLES.Component />
  ) : mode === 'find' ? (
    <FinderPanel />
  ) : mode === 'consult' ? (
    <ConsultPanel onShowDetails={() => setConsultDetail(true)} detailsShown={hasDetail} note={note} onNote={setNote} />
  ) : mode === 'study' ? (
    <StudyPanel />
  ) : (
    <ExplorePanel />
  )
  const classes = ['tpx-ui', webgl ? '' : 'list-only', hasDetail ? 'has-detail' : '', sheetLowered ? 'sheet-lowered' : '']
    .filter(Boolean)
    .join(' ')

  return (
    <div className={classes} data-mode={mode} data-testid="ui-root">
      {webgl && (
        <a className="tpx-skip" href="#tpx-scene" onClick={skipTo}>
          {t('shell.skipToBody')}
        </a>
      )}
      <a className="tpx-skip" href="#tpx-panel" onClick={skipTo}>
        {t('shell.skipToList')}
      </a>
      <TopBar onOpenTherapy={openTherapy} />
      <div className={webgl ? undefined : 'tpx-columns'}>
        {!webgl && !contextLost && (
          <p className="tpx-panel" role="status" data-testid="no-webgl" style={{ gridColumn: '1 / -1' }}>
            {t('shell.noWebgl')}
          </p>
        )}
        <aside className="tpx-panel tpx-side" id="tpx-panel" tabIndex={-1} aria-label={t(`modes.${mode}.panel`)}>
          {panel}
          {/* phones: the top bar has no room for Treatment & safety (and Clear my data in it); it
              ends the sheet instead, in every mode (at its head it would push the mode's own
              actions out of view) */}
          <div className="tpx-sheet-safety">
            <button type="button" className="sheet-therapy-button" onClick={openTherapy} aria-haspopup="dialog">
              {t('therapy.open')}
            </button>
          </div>
        </aside>
        {hasDetail && <DetailPanel onOpenTherapy={openTherapy} onClose={closeDetail} />}
      </div>
      {/* the view buttons and the notices below them, between the side panels (on phones and
          tablets above the sheet); without the 3D view the notices head the list, so a notice
          never lies over a panel */}
      <div className="tpx-canvas-tools">
        {webgl && <ViewButtons />}
        <NoticeList />
      </div>
      {webgl && (
        <div className="tpx-legend-wrap">
          <Legend />
          <button
            type="button"
            className="tpx-sheet-toggle"
            aria-expanded={!sheetLowered}
            aria-label={sheetLowered ? t('shell.showPanel') : t('shell.lowerPanel')}
            onClick={() => setSheetLowered((v) => !v)}
          >
            <svg
              width="16"
              height="16"
              viewBox="0 0 16 16"
              aria-hidden="true"
              style={{ transform: sheetLowered ? 'rotate(180deg)' : undefined }}
            >
              <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
      {mode === 'consult' && <ConsultHandout note={note} />}
      {webgl && <MarkerChooser />}
      {therapyOpen && <TherapyPanel onClose={closeTherapy} />}
    </div>
  )
}
