export * from './muscle-shapes'
