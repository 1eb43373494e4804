// A small adaptive binary range coder (the LZMA scheme: 11-bit probabilities, shift-5
// adaptation, carry propagation through a cached byte). Pure TypeScript, no dependencies; the
// pain codec uses it to fit a painted drawing of thousands of vertices into a URL fragment.
const TOP = 2 ** 24
const PROB_BITS = 11
const PROB_ONE = 1 << PROB_BITS
const MOVE_BITS = 5
const TWO32 = 2 ** 32

/** `n` adaptive probabilities, all starting at one half. */
export const newModels = (n: number): Uint16Array => new Uint16Array(n).fill(PROB_ONE >> 1)

export class RangeEncoder {
  private low = 0
  private range = 0xffffffff
  private cache = 0
  private cacheSize = 1
  readonly bytes: number[] = []

  encodeBit(models: Uint16Array, i: number, bit: 0 | 1): void {
    const p = models[i]!
    const bound = (this.range >>> PROB_BITS) * p
    if (bit === 0) {
      this.range = bound
      models[i] = p + ((PROB_ONE - p) >> MOVE_BITS)
    } else {
      this.low += bound
      this.range -= bound
      models[i] = p - (p >> MOVE_BITS)
    }
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0
      this.shiftLow()
    }
  }

  private shiftLow(): void {
    const lo32 = this.low % TWO32
    const carry = this.low >= TWO32 ? 1 : 0
    if (lo32 < 0xff000000 || carry) {
      let temp = this.cache
      do {
        this.bytes.push((temp + carry) & 0xff)
        temp = 0xff
      } while (--this.cacheSize !== 0)
      this.cache = Math.floor(lo32 / TOP)
    }
    this.cacheSize++
    this.low = (lo32 % TOP) * 256
  }

  /** Flushes and returns the bytes (the first is always 0 and is dropped). */
  finish(): number[] {
    for (let i = 0; i < 5; i++) this.shiftLow()
    return this.bytes.slice(1)
  }
}

export class RangeDecoder {
  private code = 0
  private range = 0xffffffff
  private pos = 0
  /** bytes read past the end (a short, corrupt stream) */
  overrun = 0

  constructor(
    private readonly bytes: ArrayLike<number>,
    start = 0,
  ) {
    this.pos = start
    for (let i = 0; i < 4; i++) this.code = (this.code * 256 + this.next()) >>> 0
  }

  private next(): number {
    if (this.pos < this.bytes.length) return this.bytes[this.pos++]!
    this.overrun++
    return 0
  }

  decodeBit(models: Uint16Array, i: number): 0 | 1 {
    const p = models[i]!
    const bound = (this.range >>> PROB_BITS) * p
    let bit: 0 | 1
    if (this.code < bound) {
      this.range = bound
      models[i] = p + ((PROB_ONE - p) >> MOVE_BITS)
      bit = 0
    } else {
      this.code -= bound
      this.range -= bound
      models[i] = p - (p >> MOVE_BITS)
      bit = 1
    }
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0
      this.code = (this.code * 256 + this.next()) >>> 0
    }
    return bit
  }
}
