// Quick marks for people who cannot paint precisely: tap a body area from a grouped list
// ("temple", "outside of the knee") to mark it on the chosen side; tap again to unmark. The
// side switch is shared with the search box (mark-side-store), so both mark the same side.
// A mark paints the area's vertices (region vertex weights from the data store), so it shows
// on the body and ranks exactly like painted skin.
import { useMemo } from 'react'
import { frameOfPoints, INSIDE, type Vec3, zoneKey } from '../domain/geometry'
import { regionCoverage } from '../domain/pain'
import { useData } from '../state/data-store'
import { sidesOf, useMarkSide } from '../state/mark-side-store'
import { FULLY_MARKED, usePain } from '../state/pain-store'
import { useView } from '../state/view-store'
import { useTranslation } from './i18n'

const MARK_SIDES = ['L', 'R', 'both'] as const

export function QuickMarks() {
  const index = useData((s) => s.index)
  const weights = useData((s) => s.regionWeights)
  // the committed drawing: buttons update when a stroke ends, not on every pointer move
  const drawing = usePain((s) => s.history.present)
  const side = useMarkSide((s) => s.side)
  const setSide = useMarkSide((s) => s.setSide)
  const { t } = useTranslation('finder')
  // which areas are fully marked now (the button shows it pressed)
  const marked = useMemo(() => {
    const out = new Set<string>()
    if (!weights) return out
    for (const [key, rv] of weights) if (regionCoverage(drawing, rv) >= FULLY_MARKED) out.add(key)
    return out
  }, [weights, drawing])
  if (!index) return null
  if (!weights) return <p className="muted">{t('quick.preparing')}</p>

  const keysFor = (regionId: string): string[] => {
    const region = index.regionById.get(regionId)
    if (!region || region.midline) return [zoneKey(regionId, null)]
    return sidesOf(side).map((s) => zoneKey(regionId, s))
  }
  const toggle = (regionId: string): void => {
    const keys = keysFor(regionId).filter((k) => weights.has(k))
    const allMarked = keys.every((k) => marked.has(k))
    usePain.getState().setRegions(
      keys.map((k) => weights.get(k)!),
      !allMarked,
    )
    // an area just marked is brought into view (a small one, the temple, is a few pixels of
    // the whole body on a phone)
    const mesh = useData.getState().body?.mesh
    if (allMarked || !mesh) return
    const points: Vec3[] = []
    const normals: Vec3[] = []
    for (const k of keys) {
      const rv = weights.get(k)!
      rv.vertices.forEach((v, i) => {
        if (rv.weights[i]! < INSIDE) return
        points.push([mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!])
        normals.push([mesh.normals[v * 3]!, mesh.normals[v * 3 + 1]!, mesh.normals[v * 3 + 2]!])
      })
    }
    const frame = frameOfPoints(points, normals)
    if (frame) useView.getState().requestFrame(frame)
  }

  return (
    <section aria-label={t('quick.label')} data-testid="quick-marks">
      <h3>{t('quick.title')}</h3>
      <p className="small" id="tpx-mark-side-note" data-testid="mark-side-note">
        {t(`quick.note.${side}`)}
      </p>
      <div className="tpx-side-switch" role="group" aria-label={t('quick.sideGroup')} aria-describedby="tpx-mark-side-note">
        {MARK_SIDES.map((id) => (
          <button key={id} type="button" aria-pressed={side === id} onClick={() => setSide(id)}>
            {t(`quick.${id}`)}
          </button>
        ))}
      </div>
      {index.dataset.regionGroups.map((g) => (
        <details key={g.id} className="tpx-group">
          {/* the group's name is data (data/regions.json, data/i18n), in the dataset's language */}
          <summary>{g.name}</summary>
          <div className="tpx-regions">
            {g.regions.map((id) => {
              const region = index.regionById.get(id)
              if (!region) return null
              const keys = keysFor(id).filter((k) => weights.has(k))
              if (keys.length === 0) return null
              const on = keys.every((k) => marked.has(k))
              return (
                <button key={id} type="button" aria-pressed={on} onClick={() => toggle(id)} title={region.name} data-region={id}>
                  {region.plainName}
                </button>
              )
            })}
          </div>
        </details>
      ))}
    </section>
  )
}
