// What the app has loaded and derived once at start: the dataset and its index, the body model,
// per-vertex region weights (for painting) and the trigger point
// markers placed on the skin. Written only by src/app/bootstrap.ts; read by scene and ui.
// The body is published as soon as it parses so the first 3D frame does not wait for the
// dataset; `status` turns 'ready' when everything is derived.
import { create } from 'zustand'
import type { LoadedBody } from '../data/load-body'
import type { Side, SkinPoint } from '../domain/geometry'
import type { DatasetError } from '../domain/dataset'
import type { DatasetIndex } from '../domain/dataset'
import type { CompiledRegions, VertexWeights } from '../domain/geometry'
import type { Dataset } from '../domain/validation'
import type { SkinIndex } from '../domain/geometry'
import type { PreparedRanking } from '../domain/ranking'

/** zoneKey (`temple.R`, `sternum`) -> the vertices in that zone and their weights */
export type RegionVertexWeights = ReadonlyMap<string, VertexWeights>

export type LoadStatus = 'loading' | 'ready' | 'error'

/** A trigger point placed on one side of the body (its X / marker position). */
export interface TpMarker extends SkinPoint {
  tpId: string
  side: Side
}

/** side -> trigger point id -> its marker */
export type MarkerIndex = Record<Side, ReadonlyMap<string, TpMarker>>

/** The markers of each side by trigger point id. */
export function indexMarkers(markers: Record<Side, readonly TpMarker[]>): MarkerIndex {
  const bySide = (list: readonly TpMarker[]) => new Map(list.map((m) => [m.tpId, m]))
  return { L: bySide(markers.L), R: bySide(markers.R) }
}

export interface DataState {
  status: LoadStatus
  /** 0..1 over the bytes of the dataset and the model, then the derivation steps */
  progress: number
  /** why loading failed: dataset validation errors with file and JSON path, or a load failure */
  errors: DatasetError[]
  dataset: Dataset | null
  index: DatasetIndex | null
  /** the ranking prepared once with the index (src/data/dataset-core.ts) */
  ranking: PreparedRanking | null
  body: LoadedBody | null
  skin: SkinIndex | null
  /** the region shapes, compiled once: they paint a trigger point that has no drawn pattern */
  regions: CompiledRegions | null
  /** zoneKey (`temple.R`, `sternum`) -> vertices in the zone and their weights */
  regionWeights: RegionVertexWeights | null
  /** every trigger point placed on each side, in dataset order */
  markers: Record<Side, TpMarker[]> | null
  /** the same markers by trigger point id, built once with them: the selection's marker in O(1) */
  markerById: MarkerIndex | null
  /** milliseconds spent on each load step, for the benchmark and the report */
  timings: Record<string, number>
  setProgress: (progress: number) => void
  setTiming: (step: string, ms: number) => void
  setDataset: (dataset: Dataset, index: DatasetIndex, ranking: PreparedRanking) => void
  setBody: (body: LoadedBody) => void
  setSkin: (skin: SkinIndex) => void
  setDerived: (derived: {
    regions: CompiledRegions
    regionWeights: RegionVertexWeights
    markers: Record<Side, TpMarker[]>
  }) => void
  fail: (errors: DatasetError[]) => void
}

export const useData = create<DataState>()((set) => ({
  status: 'loading',
  progress: 0,
  errors: [],
  dataset: null,
  index: null,
  ranking: null,
  body: null,
  skin: null,
  regions: null,
  regionWeights: null,
  markers: null,
  markerById: null,
  timings: {},
  setProgress: (progress) => set((s) => (s.status === 'loading' ? { progress: Math.max(s.progress, Math.min(1, progress)) } : s)),
  setTiming: (step, ms) => set((s) => ({ timings: { ...s.timings, [step]: Math.round(ms) } })),
  setDataset: (dataset, index, ranking) => set({ dataset, index, ranking }),
  setBody: (body) => set({ body }),
  setSkin: (skin) => set({ skin }),
  setDerived: ({ regions, regionWeights, markers }) =>
    set({ regions, regionWeights, markers, markerById: indexMarkers(markers), status: 'ready', progress: 1 }),
  fail: (errors) => set({ status: 'error', errors }),
}))
