import { loadDatasetDir } from './src/data/load-dataset-node'
import { createSearch } from './src/domain/search'
const l = await loadDatasetDir('data')
if (!l.ok) throw new Error('bad')
const search = createSearch(l.index)
let n = 0, bad = 0
for (const c of l.index.dataset.conditions) for (const s of [c.name, c.plainName, ...c.synonyms]) {
  n++
  const hits = search(s, 3)
  if (!hits.some((h) => h.kind === 'condition' && h.id === c.id)) { bad++; console.log('MISS', c.id, '|', s, '->', hits.map((h) => h.id).join(' ')) }
}
console.log(n, bad)
let m = 0; bad = 0
for (const mu of l.index.dataset.muscles) { m++; const hits = search(mu.name, 3); if (!hits.some((h) => h.id === mu.id)) { bad++; console.log('MMISS', mu.id, mu.name, hits.map((h) => h.id).join(' ')) } }
for (const r of l.index.dataset.regions) { m++; const hits = search(r.name, 3); if (!hits.some((h) => h.id === r.id)) { bad++; console.log('RMISS', r.id, r.name, hits.map((h) => h.id).join(' ')) } }
for (const t of l.index.allTriggerPoints) { m++; const hits = search(t.name, 3); if (!hits.some((h) => h.id === t.id)) { bad++; console.log('TMISS', t.id, t.name, hits.map((h) => h.id).join(' ')) } }
console.log(m, bad)
