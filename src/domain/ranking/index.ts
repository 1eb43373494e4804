export * from './condition'
export * from './explain'
export * from './prepare'
export * from './rank'
