export * from './coverage'
export * from './languages'
export * from './localize'
export * from './translation'
