// The muscles on the body (issue 10), loaded on first use (MuscleLayerGate): a second,
// transparent draw of the body geometry (muscle-material.ts) over the skin.
//   - a selected trigger point: its muscle on its side, tinted with its fibres, or, for a deep
//     muscle, a dashed outline and a faint wash;
//   - the "Muscles" view (muscle-store): every muscle on both sides, near-the-skin ones filled
//     (the one on top where they overlap), deep ones dashed; a tap on the body picks the muscle
//     under it, and the muscles facing the camera are listed for the panel.
// Each muscle is compiled and evaluated once per side (one pass over the vertices inside its
// bounding box, domain/muscle) and kept; a selection then only rewrites the overlay attributes.
// After the frame that shows the layer, <body data-muscle="<muscle id>"> (selection) and
// data-muscle-view="<count>" (the view) are set, for the tests and the benchmark.
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, BufferGeometry, DoubleSide, Matrix4, Raycaster, Vector2 } from 'three'
import type { DatasetIndex } from '../domain/dataset'
import { INSIDE, shapesWeight, type Side, type SkinIndex, type SkinPoint } from '../domain/geometry'
import { compileMuscle, forEachMuscleVertex, type CompiledMuscle } from '../domain/muscle'
import type { LoadedBody } from '../data/load-body'
import { useData } from '../state/data-store'
import { useMuscles, type MuscleInView } from '../state/muscle-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { bodyBvh } from './body-bvh'
import { createMuscleMaterial, MUSCLE_ATTRIBUTES } from './muscle-material'
import { toScreen } from './screen-projection'
import { listenForTaps } from './tap'

const SIDES: readonly Side[] = ['L', 'R']
const RANK = { superficial: 2, intermediate: 1, deep: 0 } as const

interface PaintedMuscle {
  compiled: CompiledMuscle
  /** dataset order + 1: the key the shader alternates tints by */
  key: number
  verts: Uint32Array
  weights: Float32Array
  centre: SkinPoint | null
}

function paintMuscle(compiled: CompiledMuscle, key: number, body: LoadedBody): PaintedMuscle {
  const verts: number[] = []
  const weights: number[] = []
  forEachMuscleVertex(compiled, body.mesh, (v, w) => {
    verts.push(v)
    weights.push(w)
  })
  const { positions: P, normals: N } = body.mesh
  const c = [0, 0, 0]
  let total = 0
  verts.forEach((v, i) => {
    if (weights[i]! < INSIDE) return
    for (let k = 0; k < 3; k++) c[k]! += P[v * 3 + k]!
    total++
  })
  // the centroid of a curved patch lies under the skin: anchor on the inside vertex nearest to it
  let anchor = -1
  let best = Infinity
  if (total > 0) {
    const cx = c[0]! / total,
      cy = c[1]! / total,
      cz = c[2]! / total
    verts.forEach((v, i) => {
      if (weights[i]! < INSIDE) return
      const d = (P[v * 3]! - cx) ** 2 + (P[v * 3 + 1]! - cy) ** 2 + (P[v * 3 + 2]! - cz) ** 2
      if (d < best) {
        best = d
        anchor = v
      }
    })
  }
  const centre: SkinPoint | null =
    anchor >= 0
      ? {
          point: [P[anchor * 3]!, P[anchor * 3 + 1]!, P[anchor * 3 + 2]!],
          normal: [N[anchor * 3]!, N[anchor * 3 + 1]!, N[anchor * 3 + 2]!],
        }
      : null
  return { compiled, key, verts: Uint32Array.from(verts), weights: Float32Array.from(weights), centre }
}

/** Each muscle compiled and painted once per side, on demand. */
function muscleCache(index: DatasetIndex, body: LoadedBody, skin: SkinIndex) {
  const cache = new Map<string, PaintedMuscle | null>()
  const keys = new Map(index.dataset.muscles.map((m, i) => [m.id, i + 1]))
  return (muscleId: string, side: Side): PaintedMuscle | null => {
    const id = `${muscleId}.${side}`
    let painted = cache.get(id)
    if (painted === undefined) {
      const muscle = index.muscleById.get(muscleId)
      painted = null
      if (muscle?.outline) {
        try {
          painted = paintMuscle(compileMuscle(muscle, side, { landmarks: body.landmarks, skin }), keys.get(muscle.id)!, body)
        } catch (e) {
          console.error(e)
        }
      }
      cache.set(id, painted)
    }
    return painted
  }
}

let signalPending: { muscle?: string; view?: string } | null = null
let signalInstalled = false

function signalMuscles(muscle: string, view: string): void {
  signalPending = { muscle, view }
  if (signalInstalled) return
  signalInstalled = true
  addAfterEffect(() => {
    if (!signalPending) return
    const data = document.body.dataset
    if (signalPending.muscle) data.muscle = signalPending.muscle
    else delete data.muscle
    if (signalPending.view) data.muscleView = signalPending.view
    else delete data.muscleView
    signalPending = null
  })
}

export default function MuscleLayer() {
  const index = useData((s) => s.index)
  const body = useData((s) => s.body)
  const skin = useData((s) => s.skin)
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  // the quiz asks which muscle a pattern belongs to: drawing it would give the answer
  const quiz = useView((s) => s.mode === 'study')
  const view = useMuscles((s) => s.view) && !quiz
  const picked = useMuscles((s) => s.picked)
  const { camera, invalidate } = useThree()
  const canvas = useThree((s) => s.gl.domElement)
  const geometry = body?.geometry ?? null
  const material = useMemo(() => createMuscleMaterial(), [])
  useEffect(() => () => material.dispose(), [material])

  const overlay = useMemo(() => {
    if (!geometry) return null
    const g = new BufferGeometry()
    for (const name of ['position', 'normal', 'essential']) {
      const a = geometry.getAttribute(name)
      if (a) g.setAttribute(name, a)
    }
    if (!g.getAttribute('essential'))
      g.setAttribute('essential', new BufferAttribute(new Float32Array(geometry.getAttribute('position').count), 1))
    g.setIndex(geometry.getIndex())
    const count = geometry.getAttribute('position').count
    for (const [name, size] of Object.entries(MUSCLE_ATTRIBUTES))
      g.setAttribute(name, new BufferAttribute(new Float32Array(count * size), size))
    g.boundingSphere = geometry.boundingSphere
    g.boundingBox = geometry.boundingBox
    return g
  }, [geometry])
  useEffect(() => () => overlay?.dispose(), [overlay])

  const painted = useMemo(() => (index && body && skin ? muscleCache(index, body, skin) : null), [index, body, skin])
  const selected = tpId && !quiz ? (index?.muscleOfTp.get(tpId) ?? null) : null
  const drawn = useRef<PaintedMuscle[]>([])

  useLayoutEffect(() => {
    if (!overlay || !painted || !index) return
    const started = performance.now()
    const entries: PaintedMuscle[] = []
    if (view) {
      for (const m of index.dataset.muscles) for (const s of SIDES) entries.push(...[painted(m.id, s)].filter((p) => p !== null))
    } else if (selected) {
      const p = painted(selected.id, side)
      if (p) entries.push(p)
    }
    drawn.current = entries
    dirty.current = true
    const fill = overlay.getAttribute('muscleFill') as BufferAttribute
    const key = overlay.getAttribute('muscleKey') as BufferAttribute
    const fibre = overlay.getAttribute('muscleFibre') as BufferAttribute
    const deep = overlay.getAttribute('muscleDeep') as BufferAttribute
    const F = fill.array as Float32Array
    const K = key.array as Float32Array
    const B = fibre.array as Float32Array
    const D = deep.array as Float32Array
    F.fill(0)
    K.fill(0)
    D.fill(0)
    const score = new Float32Array(F.length)
    for (const e of entries) {
      const rank = RANK[e.compiled.depth]
      const [fx, fy, fz] = e.compiled.fibre
      for (let i = 0; i < e.verts.length; i++) {
        const v = e.verts[i]!
        const w = e.weights[i]!
        if (rank === 0) {
          if (w > D[v]!) D[v] = w
          continue
        }
        const sc = w >= INSIDE ? rank * 2 + w : w
        if (sc <= score[v]!) continue
        score[v] = sc
        F[v] = w
        K[v] = e.key
        B[v * 3] = fx
        B[v * 3 + 1] = fy
        B[v * 3 + 2] = fz
      }
    }
    for (const a of [fill, key, fibre, deep]) a.needsUpdate = true
    const highlight = picked && view ? painted(picked.muscleId, picked.side) : selected ? painted(selected.id, side) : null
    material.uniforms.uHighlight!.value = highlight?.key ?? -1
    material.uniforms.uView!.value = view ? 1 : 0
    performance.measure('tpx:muscle-paint', { start: started, end: performance.now() })
    signalMuscles(selected && entries.length > 0 ? selected.id : '', view ? String(entries.length) : '')
    invalidate()
  }, [overlay, painted, index, view, selected, side, picked, material, invalidate])

  // the view: which muscles face the camera (listed by the panel), measured once the camera rests
  const lastCamera = useRef(new Matrix4())
  const dirty = useRef(true)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useFrame(() => {
    if (!view || !geometry) return
    if (!dirty.current && lastCamera.current.equals(camera.matrixWorld)) return
    dirty.current = false
    lastCamera.current.copy(camera.matrixWorld)
    if (timer.current) clearTimeout(timer.current)
    // a signal for tests: the list of muscles in view is being measured again
    document.body.dataset.musclesMeasuring = '1'
    timer.current = setTimeout(() => {
      timer.current = null
      delete document.body.dataset.musclesMeasuring
      const rect = canvas.getBoundingClientRect()
      const insets = useView.getState().sceneInsets
      const cx = rect.left + (insets.left + rect.width - insets.right) / 2
      const cy = rect.top + (insets.top + rect.height - insets.bottom) / 2
      const found: (MuscleInView & { d: number })[] = []
      for (const e of drawn.current) {
        if (!e.centre) continue
        const s = toScreen(e.centre.point, e.centre.normal, camera, canvas, geometry)
        const inside =
          s.visible &&
          s.x >= rect.left + insets.left &&
          s.x <= rect.right - insets.right &&
          s.y >= rect.top + insets.top &&
          s.y <= rect.bottom - insets.bottom
        if (!inside) continue
        const d = Math.hypot(s.x - cx, s.y - cy)
        const other = found.find((f) => f.muscleId === e.compiled.muscle)
        if (other) {
          other.sides = other.d <= d ? [...other.sides, e.compiled.side] : [e.compiled.side, ...other.sides]
          other.d = Math.min(other.d, d)
        } else found.push({ muscleId: e.compiled.muscle, sides: [e.compiled.side], d })
      }
      found.sort((a, b) => a.d - b.d)
      useMuscles.getState().setInView(found.map(({ muscleId, sides }) => ({ muscleId, sides })))
    }, 250)
  })
  useEffect(() => {
    dirty.current = true
    return () => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      delete document.body.dataset.musclesMeasuring
    }
  }, [view])

  // the view: a tap on the body names the muscle under it (the one on top where they overlap)
  useEffect(() => {
    if (!view || !geometry) return
    const raycaster = new Raycaster()
    const ndc = new Vector2()
    const onTap = (e: PointerEvent) => {
      const bvh = bodyBvh(geometry)
      if (!bvh) return
      const rect = canvas.getBoundingClientRect()
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      const hit = bvh.raycastFirst(raycaster.ray, DoubleSide)
      if (!hit?.face) return
      const { x, y, z } = hit.point
      const n = hit.face.normal
      let best: PaintedMuscle | null = null
      let bestScore = 0
      for (const m of drawn.current) {
        const w = shapesWeight(m.compiled.shapes, x, y, z, n.x, n.y, n.z)
        if (w < INSIDE) continue
        const sc = RANK[m.compiled.depth] * 2 + w
        if (sc > bestScore) {
          best = m
          bestScore = sc
        }
      }
      if (best) useMuscles.getState().pick(best.compiled.muscle, best.compiled.side)
    }
    return listenForTaps(canvas, onTap)
  }, [view, geometry, camera, canvas])

  if (!overlay) return null
  return <mesh name="Muscles" geometry={overlay} material={material} renderOrder={2} raycast={() => null} />
}
