// What start-up derives from the dataset and the body, without the DOM: trigger point markers on
// the skin and per-vertex region weights. A failure here is a dataset error like any other: it
// names the file and the JSON path of the entry that could not be placed (a landmark the body
// does not have, a facing that points nowhere), not the whole dataset.
import type { LoadedBody } from '../data/load-body'
import { type DatasetError, formatPath } from '../domain/dataset'
import { type Side, type SkinIndex, compileRegions, type LandmarkMap, placeOnSkin, vertexRegionWeights } from '../domain/geometry'
import type { Dataset, Region } from '../domain/validation'
import type { RegionVertexWeights, TpMarker } from '../state/data-store'

const SIDES: readonly Side[] = ['L', 'R']

/** A derivation failure located in the dataset (bootstrap shows it on the error page). */
export class DerivationError extends Error {
  constructor(readonly error: DatasetError) {
    super(`${error.file}: ${error.path}: ${error.message}`)
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** Every trigger point placed on each side, in dataset order; a bad placement names its path. */
export function placeMarkers(
  dataset: Pick<Dataset, 'muscles'>,
  body: Pick<LoadedBody, 'landmarks'>,
  skin: SkinIndex,
): Record<Side, TpMarker[]> {
  const markers: Record<Side, TpMarker[]> = { L: [], R: [] }
  dataset.muscles.forEach((muscle, m) =>
    muscle.triggerPoints.forEach((tp, t) => {
      for (const side of SIDES) {
        let placed
        try {
          placed = placeOnSkin({ landmarks: body.landmarks, skin }, tp.placement, side)
        } catch (e) {
          const path = formatPath(['muscles', m, 'triggerPoints', t, 'placement'])
          throw new DerivationError({ file: 'muscles.json', path, message: `${tp.id} (${side}): ${messageOf(e)}` })
        }
        markers[side].push({ tpId: tp.id, side, point: placed.point, normal: placed.normal })
      }
    }),
  )
  return markers
}

/**
 * The region and shape that do not compile, found by compiling one shape at a time: only on
 * the error path, so the usual start pays nothing for it.
 */
export function locateRegionError(regions: readonly Region[], landmarks: LandmarkMap, error: unknown): DerivationError {
  for (const [k, region] of regions.entries())
    for (const [i, shape] of region.shapes.entries()) {
      try {
        compileRegions([{ ...region, shapes: [shape] }], landmarks)
      } catch (e) {
        const message = messageOf(e).replace(/ shape 0 /, ` shape ${i} `)
        return new DerivationError({ file: 'regions.json', path: formatPath(['regions', k, 'shapes', i]), message })
      }
    }
  return new DerivationError({ file: 'regions.json', path: formatPath([]), message: messageOf(error) })
}

/** Region weights on this thread (no worker): compile, then weigh every vertex. */
export function regionWeightsHere(regions: readonly Region[], body: Pick<LoadedBody, 'landmarks' | 'mesh'>): RegionVertexWeights {
  let compiled
  try {
    compiled = compileRegions(regions, body.landmarks)
  } catch (e) {
    throw locateRegionError(regions, body.landmarks, e)
  }
  return vertexRegionWeights(compiled, body.mesh)
}

/** Any failure of the derivation as the error page's dataset error. */
export const derivationFailure = (e: unknown): DatasetError =>
  e instanceof DerivationError ? e.error : { file: '(dataset)', path: formatPath([]), message: messageOf(e) }
