// startUrlSync end to end in node: a stand-in for the browser's location, history and
// hashchange, the fixture dataset in the data store, and a tiny body mesh.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startUrlSync } from '../../../src/app/url-sync'
import type { LoadedBody } from '../../../src/data/load-body'
import { indexDataset } from '../../../src/domain/dataset'
import { validateDataset } from '../../../src/domain/validation'
import { useData } from '../../../src/state/data-store'
import { useNotices } from '../../../src/state/notice-store'
import { i18next } from '../../../src/ui/i18n'
import { usePain } from '../../../src/state/pain-store'
import { useSelection } from '../../../src/state/selection-store'
import { useView } from '../../../src/state/view-store'
import { fixtureFiles } from '../../fixtures/dataset'

class FakeWindow {
  location = { pathname: '/', search: '', hash: '' }
  listeners = new Map<string, Set<() => void>>()
  /** entries pushed (a person's steps), for Back */
  pushed: string[] = []
  history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      const u = new URL(url, 'http://app.test')
      this.location.search = u.search
      this.location.hash = u.hash
    },
    pushState: (_state: unknown, _title: string, url: string) => {
      this.pushed.push(url)
      this.history.replaceState(null, '', url)
    },
  }
  dispatchEvent = (_event: unknown) => true
  addEventListener = (type: string, fn: () => void) =>
    void (this.listeners.get(type) ?? this.listeners.set(type, new Set()).get(type)!).add(fn)
  removeEventListener = (type: string, fn: () => void) => void this.listeners.get(type)?.delete(fn)
  /** a person edits the address bar's fragment */
  editHash(hash: string): void {
    this.location.hash = hash
    for (const fn of this.listeners.get('hashchange') ?? []) fn()
  }
  get url(): string {
    return `${this.location.search}${this.location.hash}`
  }
}

const memory = new Map<string, string>()
const storage = {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
}

/** the URL is written once per burst of store changes, in a microtask */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

let win: FakeWindow
let stop: () => void = () => {}

function index() {
  const result = validateDataset(fixtureFiles())
  if (!result.ok) throw new Error('fixture must be valid')
  return indexDataset(result.dataset)
}

const body = (vertices: number) => ({ mesh: { positions: new Float32Array(vertices * 3) } }) as unknown as LoadedBody

function open(url: string): void {
  const u = new URL(url, 'http://app.test')
  win.location.search = u.search
  win.location.hash = u.hash
  stop = startUrlSync()
  useData.setState({ index: index(), body: body(8) })
}

beforeEach(() => {
  win = new FakeWindow()
  memory.clear()
  Object.defineProperty(globalThis, 'window', { value: win, configurable: true })
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true })
})
afterEach(() => {
  stop()
  useData.setState(useData.getInitialState(), true)
  useNotices.setState(useNotices.getInitialState(), true)
  usePain.setState(usePain.getInitialState(), true)
  useSelection.setState(useSelection.getInitialState(), true)
  useView.setState(useView.getInitialState(), true)
})

const noticeText = () =>
  useNotices
    .getState()
    .notices.map((n) =>
      [
        i18next.t(n.key, { ns: 'notices', ...n.params }),
        ...(n.lines ?? []).map((l) => `${l.key ? i18next.t(l.key, { ns: 'notices', ...l.params }) : ''} ${l.input ?? ''}`),
      ].join(' '),
    )
    .join(' ')

describe('startUrlSync', () => {
  it('keeps a trigger point and its side across a reload', () => {
    open('/?tp=ut_trp2&side=L')
    expect(useSelection.getState()).toMatchObject({ tpId: 'upper_trapezius_trp2', side: 'L' })
    expect(win.url).toBe('?tp=upper_trapezius_trp2&side=L')
  })

  it('opens the first trigger point of a linked muscle on the linked side', () => {
    open('/?muscle=masseter&side=L')
    expect(useSelection.getState()).toMatchObject({ muscleId: 'masseter', tpId: 'masseter_deep', side: 'L' })
    expect(win.url).toBe('?tp=masseter_deep&side=L&muscle=masseter')
  })

  it('forgets the muscle of a closed trigger point, so a reload does not reopen it', async () => {
    open('/?muscle=masseter')
    expect(win.url).toBe('?tp=masseter_deep&side=R&muscle=masseter')
    useSelection.getState().select(null)
    await flush()
    expect(win.url).toBe('')
    useSelection.getState().setMuscle('masseter')
    useSelection.getState().select('upper_trapezius_trp1')
    await flush()
    expect(win.url).toBe('?tp=upper_trapezius_trp1&side=R')
    // each selection was a step (Back returns to it); the canonical rewrite of the link was not
    expect(win.pushed).toEqual(['/', '/?tp=upper_trapezius_trp1&side=R'])
  })

  it('rewrites an alias id to the canonical one as soon as the dataset is in, keeping a drawing for the body', () => {
    win.location.search = '?tp=ut_trp2&mode=find'
    win.location.hash = '#pain=1.waiting'
    stop = startUrlSync()
    useData.setState({ index: index() })
    expect(win.url).toBe('?tp=upper_trapezius_trp2&side=R&mode=find#pain=1.waiting')
  })

  it('keeps the pattern to compare of a consult link, and drops it with a notice outside consult mode', () => {
    open('/?tp=upper_trapezius_trp1&compare=ut_trp2&mode=consult')
    expect(useSelection.getState()).toMatchObject({ tpId: 'upper_trapezius_trp1', compareTpId: 'upper_trapezius_trp2' })
    expect(win.url).toBe('?tp=upper_trapezius_trp1&side=R&compare=upper_trapezius_trp2&mode=consult')
    stop()
    useSelection.setState(useSelection.getInitialState(), true)
    useView.setState(useView.getInitialState(), true)
    open('/?tp=upper_trapezius_trp1&compare=upper_trapezius_trp2')
    expect(useSelection.getState().compareTpId).toBeNull()
    expect(noticeText()).toMatch(/compare/)
    expect(win.url).toBe('?tp=upper_trapezius_trp1&side=R')
  })

  it('drops bad values from the address bar with a notice', () => {
    open('/?tp=nope&mode=dance')
    expect(noticeText()).toMatch(/nope/)
    expect(noticeText()).toMatch(/dance/)
    expect(win.url).toBe('')
  })

  it('drops an unreadable drawing typed into the fragment, with a notice', () => {
    open('/?mode=find')
    expect(win.url).toBe('?mode=find')
    win.editHash('#pain=garbage')
    expect(noticeText()).toMatch(/pain drawing in the link could not be read/)
    expect(win.url).toBe('?mode=find')
  })

  it('keeps the drawing out of the address bar, and clears it from storage', async () => {
    open('/?mode=find')
    usePain.getState().paintAt(Uint32Array.from([3]), Float32Array.from([1]), false)
    usePain.getState().endStroke()
    await flush()
    expect(win.url).toBe('?mode=find')
    expect(memory.size).toBe(1)
    usePain.getState().clearMyData()
    await flush()
    expect(win.url).toBe('?mode=find')
    expect(memory.size).toBe(0)
  })
})
