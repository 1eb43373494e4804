// "Treatment and safety" in plain words, from data/therapy.json, as a modal dialog: what a
// session is like, when not to have it, warning signs, techniques and causes (TherapyFacts, the
// same words the consult handout prints).
import { ClearMyData } from './ClearMyData'
import { useEffect, useRef } from 'react'
import { useData } from '../state/data-store'
import { TherapyFacts } from './TherapyFacts'
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
      <TherapyFacts index={index} />
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

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"]), summary'

function focusables(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null) : []
}
