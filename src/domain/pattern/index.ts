export * from './paint-weights'
export * from './zones'
