export * from './prng'
