import Fuse from 'fuse.js'
import { loadDatasetDir } from './src/data/load-dataset-node'
const l = await loadDatasetDir('data')
if (!l.ok) throw new Error('bad')
const d = l.index.dataset
const docs = d.muscles.flatMap((m) => m.triggerPoints.map((t) => ({ names: [t.name], location: t.location })))
for (const keys of [['names'], ['names', 'location']]) {
  const fuse = new Fuse(docs, { keys, includeScore: true, ignoreLocation: true, threshold: 0.4 })
  const t = performance.now()
  for (let i = 0; i < 20; i++) fuse.search('pins and needles in the hand')
  console.log(keys.join(), ((performance.now() - t) / 20).toFixed(2))
}
