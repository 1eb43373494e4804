import { loadDatasetDir } from './src/data/load-dataset-node'
import { createSearch } from './src/domain/search'
const l = await loadDatasetDir('data')
if (!l.ok) throw new Error('bad')
const search = createSearch(l.index)
const qs = ['sciatca', 'tenis elbow', 'hedache', 'pins and needles in the hand', 'infraspinatus', 'neck']
for (let r = 0; r < 3; r++) for (const q of qs) search(q)
for (const q of qs) {
  const t = performance.now()
  for (let i = 0; i < 30; i++) search(q)
  console.log(q, ((performance.now() - t) / 30).toFixed(2))
}
