// Prints every landmark whose derived vertex (derive-landmarks.ts) differs from the table
// (landmark-table.ts), as table lines to paste. Prints nothing when they agree.
//   npx tsx scripts/body/print-landmark-changes.ts
import { shapeBaseMesh } from './build'
import { deriveLandmarkVertices } from './derive-landmarks'
import { createProbes } from './landmark-probes'
import { LANDMARKS } from './landmark-table'

const shaped = shapeBaseMesh()
const derived = deriveLandmarkVertices(createProbes(shaped))
// derived indices are compacted body indices; the table holds base.obj indices
const toFile = new Map([...shaped.oldToNew].map((n, i) => [n, i]))
for (const def of LANDMARKS) {
  const c = derived.get(def.id)
  const v = c === undefined ? undefined : toFile.get(c)
  if (v === undefined) console.log(`no rule for ${def.id}`)
  else if (v !== def.at)
    console.log(`  ${def.bilateral ? 'L' : 'M'}('${def.id}', ${v}, '${def.desc}'),  // was ${JSON.stringify(def.at)}`)
}
for (const id of derived.keys()) if (!LANDMARKS.some((d) => d.id === id)) console.log(`rule for unknown id ${id}`)
