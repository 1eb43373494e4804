// "Treatment and safety" in plain words, from data/therapy.json: what a session is like (hold
// 10-30 s, trials 30-90 s; some people sore for 24-48 h), when not to have it, warning signs, techniques and causes.
import { ClearMyData } from './ClearMyData'
import { useEffect, useRef } from 'react'
import type { Fact } from '../domain/validation'
import type { DatasetIndex } from '../domain/dataset'
import { useData } from '../state/data-store'
import { useTranslation } from './i18n'

export interface TherapyPanelProps {
  onClose: () => void
}

export function TherapyPanel({ onClose }: TherapyPanelProps) {
  const index = useData((s) => s.index)
  const heading = useRef<HTMLHeadingElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const { t } = useTranslation('safety')
  // the latest onClose without re-running the effect: a new callback on each render of the
  // parent must not move focus back and forth
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    // focus moves into the dialog when it opens and back to the button that opened it
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    heading.current?.focus()
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Tab') trapTab(e)
      if (e.key !== 'Escape' || e.defaultPrevented) return
      // Escape typed in a field behind the dialog (the search box clears itself with it) is
      // that field's, not the dialog's; anywhere else (the dialog, the page) it closes
      if (!panel.current?.contains(e.target as Node | null) && isField(e.target)) return
      close.current()
    }
    // a modal dialog: Tab cycles inside it, and focus that lands outside (a click behind it,
    // a skip link) is brought back
    const trapTab = (e: KeyboardEvent): void => {
      const items = focusables(panel.current)
      const first = items[0]
      const last = items[items.length - 1]
      if (!first || !last) return
      const inside = panel.current?.contains(document.activeElement)
      if (e.shiftKey && (document.activeElement === first || !inside)) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
        e.preventDefault()
        first.focus()
      }
    }
    const onFocusIn = (e: FocusEvent): void => {
      if (panel.current && e.target instanceof Node && !panel.current.contains(e.target)) heading.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('focusin', onFocusIn)
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  if (!index) return null
  const therapy = index.dataset.therapy
  return (
    <div
      className="tpx-panel tpx-dialog"
      role="dialog"
      aria-modal="true"
      ref={panel}
      aria-labelledby="tpx-therapy-title"
      data-testid="therapy-panel"
    >
      <button type="button" className="close" style={{ float: 'right' }} aria-label={t('close')} onClick={onClose}>
        ✕
      </button>
      <h2 id="tpx-therapy-title" tabIndex={-1} ref={heading}>
        {t('title')}
      </h2>
      <p>
        {therapy.holdSecondsTrials
          ? t('holdTrials', {
              min: therapy.holdSeconds[0],
              max: therapy.holdSeconds[1],
              trialMin: therapy.holdSecondsTrials[0],
              trialMax: therapy.holdSecondsTrials[1],
            })
          : t('hold', { min: therapy.holdSeconds[0], max: therapy.holdSeconds[1] })}{' '}
        {t('after', {
          soreMin: therapy.sorenessHours[0],
          soreMax: therapy.sorenessHours[1],
          waitMin: therapy.acuteInjuryHours[0],
          waitMax: therapy.acuteInjuryHours[1],
        })}
      </p>
      <FactList title={t('doctor')} facts={therapy.redFlags} index={index} warn />
      <FactList title={t('expect')} facts={therapy.whatToExpect} index={index} />
      <FactList title={t('notWhen')} facts={therapy.contraindications} index={index} />
      <FactList title={t('techniques')} facts={therapy.techniques} index={index} />
      <FactList title={t('causes')} facts={therapy.causes} index={index} />
      <FactList title={t('drivers')} facts={therapy.painDrivers} index={index} />
      <p className="small muted">{therapy.disclaimer}</p>
      <ClearMyData />
    </div>
  )
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

interface FactListProps {
  title: string
  facts: readonly Fact[]
  index: DatasetIndex
  warn?: boolean
}

function FactList({ title, facts, index, warn }: FactListProps) {
  const { t } = useTranslation('safety')
  return (
    <section className={warn ? 'tpx-safety' : undefined}>
      <h3>{title}</h3>
      {facts.map((f) => (
        <details key={f.id} className="tpx-group">
          <summary>{f.title}</summary>
          <p>{f.text}</p>
          <p className="small muted">
            {t('sources')}{' '}
            {f.sources.map((key, i) => {
              const src = index.sourceByKey.get(key)
              return (
                <span key={key}>
                  {i > 0 ? ', ' : ''}
                  {src?.url ? (
                    <a href={src.url} target="_blank" rel="noopener noreferrer">
                      {src.title}
                    </a>
                  ) : (
                    (src?.title ?? key)
                  )}
                </span>
              )
            })}
          </p>
        </details>
      ))}
    </section>
  )
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"]), summary'

function focusables(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null) : []
}
