import { loadDatasetDir } from './src/data/load-dataset-node'
import { createSearch } from './src/domain/search'
const l = await loadDatasetDir('data')
if (!l.ok) throw new Error('bad')
let t = performance.now()
const search = createSearch(l.index)
console.log('build ms', (performance.now() - t).toFixed(1))
for (const q of ['sciatca', 'tenis elbow', 'hedache', 'trapezuis', 'jaw pain', 'pins and needles in the hand', 'pins and needles hand', 'headache', 'sciatica', 'tennis elbow', 'upper trapezius', 'gmin_posterior_trp', 'temple', 'scapular spine', 'pincer grip', 'back pain', 'knee pain', 'calf cramps', 'plantar fasciitis', 'IT band', 'carpal tunnel', 'shoulder', 'infraspinatus', 'neck', 'migraine', 'tmj']) {
  t = performance.now()
  const hits = search(q, 5)
  const ms = performance.now() - t
  console.log(q.padEnd(30), ms.toFixed(1), hits.map((h) => `${h.kind[0]}:${h.id}(${h.score})`).join(' '))
}
const N = 50
const qs = ['sciatca', 'tenis elbow', 'hedache', 'pins and needles in the hand', 'infraspinatus', 'neck']
for (const q of qs) search(q)
t = performance.now()
for (let i = 0; i < N; i++) for (const q of qs) search(q)
console.log('avg ms/query', ((performance.now() - t) / N / qs.length).toFixed(2))
