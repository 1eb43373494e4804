export * from './dataset-index'
export * from './errors'
export * from './files'
export * from './ids'
