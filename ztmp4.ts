import { loadDatasetDir } from './src/data/load-dataset-node'
import { createSearch } from './src/domain/search'
const l = await loadDatasetDir('data')
if (!l.ok) throw new Error('bad')
const search = createSearch(l.index)
for (let i = 0; i < 200; i++) search('pins and needles in the hand')
