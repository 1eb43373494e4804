export * from './paint-weights'
export * from './zone-key'
export * from './zones'
