// A tap on the body that reached several trigger point dots (a fingertip covers about 9 mm,
// and on a phone dots lie a few pixels apart): a small list beside the finger to choose from,
// instead of a guess. Escape, the close button or a tap elsewhere dismisses it.
import { useEffect, useRef } from 'react'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { sideWord } from './labels'
import { useTranslation } from './i18n'

const WIDTH = 260

export function MarkerChooser() {
  const choice = useView((s) => s.markerChoice)
  const index = useData((s) => s.index)
  const list = useRef<HTMLDivElement>(null)
  const { t } = useTranslation('explore')
  useEffect(() => {
    if (!choice) return
    list.current?.querySelector('button')?.focus({ preventScroll: true })
    const close = (): void => useView.getState().setMarkerChoice(null)
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault()
        close()
      }
    }
    const onDown = (e: PointerEvent): void => {
      if (!list.current?.contains(e.target as Node)) close()
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('pointerdown', onDown, true)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('pointerdown', onDown, true)
    }
  }, [choice])
  if (!choice || !index) return null
  const left = Math.max(8, Math.min(window.innerWidth - WIDTH - 8, choice.x - WIDTH / 2))
  const below = choice.y < window.innerHeight / 2
  const style = below ? { left, top: choice.y + 28 } : { left, bottom: window.innerHeight - choice.y + 28 }
  return (
    <div
      className="tpx-panel tpx-marker-choice"
      role="group"
      aria-label={t('chooser.label')}
      ref={list}
      style={{ ...style, width: WIDTH }}
      data-testid="marker-choice"
    >
      <p className="small muted">{t('chooser.ask')}</p>
      <ul className="tpx-choices">
        {choice.options.map((o) => {
          const muscle = index.muscleOfTp.get(o.tpId)
          const tp = index.tpById.get(o.tpId)
          return (
            <li key={`${o.tpId}:${o.side}`}>
              <button
                type="button"
                data-option={`${o.tpId}:${o.side}`}
                onClick={() => {
                  useView.getState().setMarkerChoice(null)
                  useSelection.getState().select(o.tpId, o.side)
                }}
              >
                <span>{muscle ? muscle.plainName[0]!.toUpperCase() + muscle.plainName.slice(1) : o.tpId}</span>
                <span className="sub">
                  {tp?.name} · {sideWord(o.side)}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
