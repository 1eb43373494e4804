// The five files of a dataset folder, by key. Zod-free, so the browser can fetch them (and the
// error page name them) before the validator is loaded.
export const DATASET_FILE_NAMES = {
  regions: 'regions.json',
  muscles: 'muscles.json',
  conditions: 'conditions.json',
  sources: 'sources.json',
  therapy: 'therapy.json',
} as const

export type DatasetFileKey = keyof typeof DATASET_FILE_NAMES
export const DATASET_FILE_KEYS = Object.keys(DATASET_FILE_NAMES) as DatasetFileKey[]
