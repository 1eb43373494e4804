// Step 2: MakeHuman morph targets. A target file lists `vertexIndex dx dy dz` lines (offsets in
// mesh units, `#` comments); a body is base + sum(weight * target).
// The neutral adult is MakeHuman's own default (gender 0.5, muscle 0.5, the three ethnic groups
// equal): each universal *-averagemuscle-averageweight target at 0.5 and each ethnic *-young
// target at 1/6. MUSCLE_EXTRA adds a little of the max-muscle targets (MakeHuman muscle slider
// about 0.7) so trapezius, deltoid and gluteals read as landmarks a patient can point at.

export interface Target {
  indices: Uint32Array
  offsets: Float64Array
}

export interface WeightedTarget {
  file: string
  weight: number
}

export const MUSCLE_EXTRA = 0.4

export const NEUTRAL_BLEND: readonly WeightedTarget[] = [
  { file: 'universal-female-young-averagemuscle-averageweight.target', weight: 0.5 },
  { file: 'universal-male-young-averagemuscle-averageweight.target', weight: 0.5 },
  ...['african', 'asian', 'caucasian'].flatMap((ethnic) =>
    ['female', 'male'].map((sex) => ({ file: `${ethnic}-${sex}-young.target`, weight: 1 / 6 })),
  ),
  // muscle slider m > 0.5 weighs the max-muscle targets by (m - 0.5) * 2, split by gender 0.5
  { file: 'universal-female-young-maxmuscle-averageweight.target', weight: MUSCLE_EXTRA / 2 },
  { file: 'universal-male-young-maxmuscle-averageweight.target', weight: MUSCLE_EXTRA / 2 },
]

export function parseTarget(text: string): Target {
  const indices: number[] = []
  const offsets: number[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const [i, dx, dy, dz] = line.split(/\s+/).map(Number)
    if (i === undefined || dz === undefined || [i, dx, dy, dz].some((n) => !Number.isFinite(n)))
      throw new Error(`bad target line: "${line}"`)
    indices.push(i)
    offsets.push(dx!, dy!, dz)
  }
  return { indices: Uint32Array.from(indices), offsets: Float64Array.from(offsets) }
}

/** base + sum(weight * target), a new array; targets are applied in the given order. */
export function applyTargets(positions: Float64Array, targets: readonly { target: Target; weight: number }[]): Float64Array {
  const out = Float64Array.from(positions)
  for (const { target, weight } of targets) {
    target.indices.forEach((v, i) => {
      if (v * 3 + 2 >= out.length) throw new Error(`target vertex ${v} out of range`)
      for (let k = 0; k < 3; k++) out[v * 3 + k]! += weight * target.offsets[i * 3 + k]!
    })
  }
  return out
}
