// The URL and the stores kept in step (DESIGN section 7), with the pure codec of
// src/domain/url-codec.ts: `?tp=&side=`, `?compare=` (consult), `?muscle=`, `?condition=`, `?mode=`, `#pain=`.
// - Once the dataset is indexed the URL is read: known values go to the stores, every bad one
//   is dropped with a visible notice. The pain drawing waits for the body mesh (its vertex
//   ids only make sense on that mesh).
// - Afterwards every change of the stores rewrites the URL: a person's step (a selection, the
//   side, a comparison, a mode) with history.pushState, so Back and Forward walk through them;
//   what is not a step (canonical ids, a camera move) with replaceState. Changes made in one
//   go (a muscle and its first point) make one entry. The URL is rewritten as soon as it is
//   read, so a link with an alias id shows (and shares) today's id; a shared link is the first
//   entry, and Back from a later step returns to it (popstate applies the URL to the stores).
// - The drawing is health data: the address bar never carries the person's drawing (it lives
//   on this device only); the "Copy link" action (ui/ShareDrawing) builds a link with it in the
//   fragment, the only way it leaves. A drawing that comes in a link is shown apart
//   from the person's own (pain-store `showLinked`) and replaces nothing unless they keep it.
import { type AppUrlState, type ParsedAppUrl, parseAppUrl, serializeAppUrl } from '../domain/url'
import { drawingFromSamples } from '../domain/pain'
import { useData } from '../state/data-store'
import { type NoticeLine, pushLinkNotices, pushNotice } from '../state/notice-store'
import { usePain } from '../state/pain-store'
import { useDiaryView } from '../state/diary-view-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { useLang } from '../state/lang-store'
import { URL_CHANGE_EVENT } from '../ui/useHref'

/** The URL state the stores describe now. */
export function currentUrlState(): AppUrlState {
  const sel = useSelection.getState()
  const mode = useView.getState().mode
  const state: AppUrlState = {}
  // in study mode the selected pattern is the quiz question: the address bar must not give the answer
  if (sel.tpId && mode !== 'study') {
    state.tp = sel.tpId
    state.side = sel.side
    // only the muscle of the point shown: a muscle left over after the point was closed (or
    // another one picked on the body) would reopen a point the person had left
    if (sel.muscleId && useData.getState().index?.muscleOfTp.get(sel.tpId)?.id === sel.muscleId) state.muscle = sel.muscleId
    // the second pattern is only drawn in consult mode, so only a consult link carries it
    if (mode === 'consult' && sel.compareTpId) state.compare = sel.compareTpId
    // a consult link is shared with a patient: it keeps the view the therapist chose
    const pose = useView.getState().cameraPose
    if (mode === 'consult' && pose) state.cam = pose
  }
  if (sel.conditionId) state.condition = sel.conditionId
  if (mode !== 'explore') state.mode = mode
  const lang = useLang.getState().lang
  if (lang !== 'en') state.lang = lang
  return state
}

const linesOf = (parsed: ParsedAppUrl): NoticeLine[] =>
  (parsed.details ?? []).map((d) => ({
    key: `link.${d.key}` as const,
    ...(d.params && { params: d.params }),
    ...(d.input !== undefined && { input: d.input }),
  }))

/**
 * `keepHash`: the fragment in the address bar is left as it is (a linked drawing still waiting
 * for the body mesh). `push`: a new history entry (a step the person took).
 */
function writeUrl(keepHash = false, push = false): void {
  const serialized = serializeAppUrl(currentUrlState())
  const { search } = serialized
  const hash = keepHash ? window.location.hash : serialized.hash
  const next = `${window.location.pathname}${search}${hash}`
  const now = `${window.location.pathname}${window.location.search}${window.location.hash}`
  if (next === now) return
  if (push) window.history.pushState({ tpx: true }, '', next)
  else window.history.replaceState(window.history.state, '', next)
  // the address bar is not observable: the share controls listen for this (src/ui/useHref.ts)
  window.dispatchEvent(new Event(URL_CHANGE_EVENT))
}

let started = false

/** A change a person would want Back to undo: what is shown, not how it was looked up. */
function isStep(v: ReturnType<typeof useSelection.getState>, p: ReturnType<typeof useSelection.getState>): boolean {
  return v.tpId !== p.tpId || v.side !== p.side || v.compareTpId !== p.compareTpId || v.conditionId !== p.conditionId
}

/** Starts the two-way sync; returns a function that stops it (tests). */
export function startUrlSync(): () => void {
  if (started) return () => {}
  started = true
  const unsubs: (() => void)[] = []
  let applied = false
  let attached = false
  let linkedPain: AppUrlState['pain']
  // one write per burst of store changes; a push if any of them was a step
  let pending: 'push' | 'replace' | null = null
  let fromHistory = false
  const schedule = (push: boolean): void => {
    if (fromHistory) return
    if (pending === null) queueMicrotask(flush)
    pending = push || pending === 'push' ? 'push' : 'replace'
  }
  const flush = (): void => {
    const push = pending === 'push'
    pending = null
    writeUrl(!attached, push)
  }

  /** `fromHistory`: Back or Forward: what the URL does not name is cleared, not kept */
  const applyUrl = (fromHistory = false): void => {
    const { index, body } = useData.getState()
    if (!index) return
    const parsed = parseAppUrl(window.location.search, window.location.hash, index, {
      vertexCount: body ? body.mesh.positions.length / 3 : undefined,
    })
    const lines = linesOf(parsed)
    const s = parsed.state
    const sel = useSelection.getState()
    if (fromHistory) {
      sel.clear()
      useView.getState().setMode(s.mode ?? 'explore')
    } else if (s.mode) useView.getState().setMode(s.mode)
    if (s.muscle) sel.setMuscle(s.muscle)
    if (s.condition) sel.setCondition(s.condition)
    // a muscle without a trigger point opens its first one, on the linked side if there is one
    const tp = s.tp ?? (s.muscle ? index.muscleById.get(s.muscle)?.triggerPoints[0]?.id : undefined)
    if (tp) sel.select(tp, s.side)
    else if (s.side) sel.setSide(s.side)
    if (s.compare) {
      if (tp && useView.getState().mode === 'consult') sel.setCompare(s.compare)
      else lines.push({ key: 'link.compareIgnored' })
    }
    // the quiz picks its own questions, and showing the linked point would give an answer away
    if (tp && useView.getState().mode === 'study' && !fromHistory) lines.push({ key: 'link.studyHidesTp' })
    if (!fromHistory) pushLinkNotices(lines)
    if (s.cam && !fromHistory) useView.getState().requestPose(s.cam)
    if (s.lang) useLang.getState().setLang(s.lang)
    if (!fromHistory) linkedPain = s.pain
    // a diary entry from a consult link: shown by the diary UI as the link's, saved only on request
    if (!fromHistory && s.entry) useDiaryView.getState().setLinkedEntry(s.entry)
  }

  const attach = (): void => {
    const body = useData.getState().body
    if (!body || attached) return
    attached = true
    const vertexCount = body.mesh.positions.length / 3
    let initial = null
    if (linkedPain) {
      try {
        initial = drawingFromSamples(linkedPain, vertexCount)
      } catch {
        pushNotice('link.drawingOtherBody')
      }
    }
    // a linked drawing is shown apart from the person's own, which stays saved as it is
    usePain.getState().attachMesh(body.mesh.positions, initial)
  }

  const onData = (): void => {
    if (!applied && useData.getState().index) {
      applied = true
      applyUrl()
      // canonical ids (aliases resolved, bad values dropped) right away, not only once the body
      // mesh is in; the fragment waits for the mesh, a drawing in it is read then
      writeUrl(!attached)
      // from here on, the stores lead and the URL follows
      unsubs.push(
        useSelection.subscribe((v, p) => schedule(isStep(v, p))),
        useLang.subscribe((v, p) => v.lang !== p.lang && schedule(false)),
        useView.subscribe((v, p) => {
          if (v.mode !== p.mode) schedule(true)
          else if (v.cameraPose !== p.cameraPose && v.mode === 'consult') schedule(false)
        }),
      )
    }
    if (applied) attach()
    if (applied && attached) writeUrl()
  }
  unsubs.push(useData.subscribe(onData))
  onData()

  // A person editing the fragment by hand (or pasting a link into the same tab).
  const onHash = (): void => {
    const { index, body } = useData.getState()
    if (!index || !body) return
    const parsed = parseAppUrl(window.location.search, window.location.hash, index, {
      vertexCount: body.mesh.positions.length / 3,
    })
    pushLinkNotices(linesOf(parsed))
    if (parsed.state.entry) useDiaryView.getState().setLinkedEntry(parsed.state.entry)
    if (parsed.state.pain) {
      try {
        const d = drawingFromSamples(parsed.state.pain, body.mesh.positions.length / 3)
        usePain.getState().showLinked(d)
      } catch {
        pushNotice('link.drawingOtherBody')
      }
    }
    // what could not be used is dropped from the address bar, as on the first load
    writeUrl()
  }
  window.addEventListener('hashchange', onHash)
  unsubs.push(() => window.removeEventListener('hashchange', onHash))

  // Back and Forward: the stores follow the URL of that entry (no new entry for it)
  const onPop = (): void => {
    if (!applied) return
    fromHistory = true
    try {
      applyUrl(true)
    } finally {
      fromHistory = false
    }
    writeUrl(!attached)
  }
  window.addEventListener('popstate', onPop)
  unsubs.push(() => window.removeEventListener('popstate', onPop))

  return () => {
    for (const u of unsubs) u()
    started = false
  }
}
