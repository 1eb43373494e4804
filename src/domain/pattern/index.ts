export * from './paint-weights'
export * from './zones'
export * from './pattern-area'
export * from './pattern-shapes'
