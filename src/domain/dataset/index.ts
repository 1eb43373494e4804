export * from './dataset-index'
export * from './errors'
export * from './ids'
