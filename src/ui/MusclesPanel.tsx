// The "Muscles" view's panel (issue 10): go to a part of the body, the muscles the camera shows
// there (also the keyboard's way to them), and the muscle picked on the body or in the list,
// named in plain and clinical words, how deep it lies, and its trigger points to select.
import { frameOfPoints, type Side, type Vec3 } from '../domain/geometry'
import type { BodyArea, Muscle } from '../domain/validation'
import { useData } from '../state/data-store'
import { useMuscles } from '../state/muscle-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { listWords, sideWords } from './labels'
import { TpChoices } from './TpChoices'
import { useTranslation } from './i18n'
import './muscles.css'

interface Place {
  id: 'head_neck' | 'shoulder' | 'back' | 'chest' | 'arm' | 'hand' | 'hip' | 'thigh_knee' | 'leg_foot'
  areas: readonly BodyArea[]
  /** both sides (the back) or the side shown */
  bothSides?: boolean
  /** only trigger points whose skin faces this way along z (back: -1, front: 1) */
  facing?: -1 | 1
}

const PLACES: readonly Place[] = [
  { id: 'head_neck', areas: ['head_neck'] },
  { id: 'shoulder', areas: ['shoulder'] },
  { id: 'back', areas: ['trunk', 'shoulder'], bothSides: true, facing: -1 },
  { id: 'chest', areas: ['trunk'], bothSides: true, facing: 1 },
  { id: 'arm', areas: ['arm'] },
  { id: 'hand', areas: ['hand'] },
  { id: 'hip', areas: ['hip'], facing: -1 },
  { id: 'thigh_knee', areas: ['thigh_knee'] },
  { id: 'leg_foot', areas: ['leg_foot'] },
]

/** Frames the trigger points of a part of the body (their markers on the skin). */
function goTo(place: Place, side: Side): void {
  const { index, markers } = useData.getState()
  if (!index || !markers) return
  const points: Vec3[] = []
  const normals: Vec3[] = []
  for (const s of place.bothSides ? (['L', 'R'] as const) : [side]) {
    for (const m of markers[s]) {
      const muscle = index.muscleOfTp.get(m.tpId)
      if (!muscle || !place.areas.includes(muscle.bodyArea)) continue
      if (place.facing && Math.sign(m.normal[2]) !== place.facing) continue
      points.push(m.point)
      normals.push(m.normal)
    }
  }
  const frame = frameOfPoints(points, normals)
  if (frame) useView.getState().requestFrame(frame)
}

export function MusclesPanel() {
  const index = useData((s) => s.index)
  const inView = useMuscles((s) => s.inView)
  const picked = useMuscles((s) => s.picked)
  const side = useSelection((s) => s.side)
  const { t } = useTranslation('explore')
  if (!index) return null
  const muscle = picked ? index.muscleById.get(picked.muscleId) : undefined
  const over = (m: Muscle) => (m.outline?.under ?? []).map((id) => index.muscleById.get(id)?.plainName ?? id.replace(/_/g, ' '))

  return (
    <section className="tpx-muscles" aria-labelledby="tpx-muscles-title" data-testid="muscles-panel">
      <div className="row">
        <h2 id="tpx-muscles-title">{t('muscles.title')}</h2>
        <button type="button" className="tpx-muscles-close" onClick={() => useMuscles.getState().setView(false)}>
          {t('muscles.back')}
        </button>
      </div>
      <p className="small muted">{t('muscles.hint')}</p>

      <nav aria-label={t('muscles.places')}>
        <ul className="tpx-muscle-places">
          {PLACES.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => goTo(p, side)} data-place={p.id}>
                {t(`muscles.place.${p.id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      {muscle && picked && (
        <article className="tpx-muscle-card" aria-live="polite" data-testid="picked-muscle" data-muscle-id={muscle.id}>
          <h3>{cap(muscle.plainName)}</h3>
          <p className="clinical">
            {t('muscles.clinical', {
              muscle: muscle.name,
              side: sideWords(picked.side),
              depth: t(`muscles.depth.${muscle.depth}`),
            })}
          </p>
          {over(muscle).length > 0 && <p className="small">{t('muscles.under', { muscles: listWords(over(muscle)) })}</p>}
          <p className="small muted">{muscle.action}</p>
          <p className="small">{t('muscles.itsTps')}</p>
          <TpChoices muscle={muscle} side={picked.side} />
        </article>
      )}

      <h3 id="tpx-muscles-in-view">{t('muscles.inView')}</h3>
      {inView.length === 0 ? (
        <p className="small muted">{t('muscles.noneInView')}</p>
      ) : (
        <ul className="tpx-muscle-list" aria-labelledby="tpx-muscles-in-view" data-testid="muscles-in-view">
          {inView.map(({ muscleId, sides }) => {
            const m = index.muscleById.get(muscleId)
            if (!m) return null
            const s = sides.includes(side) ? side : sides[0]!
            return (
              <li key={muscleId}>
                <button
                  type="button"
                  aria-pressed={picked?.muscleId === muscleId}
                  onClick={() => useMuscles.getState().pick(muscleId, s)}
                  data-muscle={muscleId}
                >
                  {cap(m.plainName)} <span className="sub">· {m.name}</span>
                  {m.depth === 'deep' && <span className="tpx-deep-tag">{t('muscles.deepTag')}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
