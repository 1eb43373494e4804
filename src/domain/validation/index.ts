export * from './json-schema'
export * from './refs'
export * from './schema'
export * from './validate'
