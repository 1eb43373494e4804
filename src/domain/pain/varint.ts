// Unsigned LEB128 varints: the integers of the link codecs (a pain drawing, a diary entry link).
// 7 bits a byte, low bits first, the high bit set on every byte but the last.

export function pushVarint(out: number[], v: number): void {
  while (v >= 128) {
    out.push((v % 128) | 128)
    v = Math.floor(v / 128)
  }
  out.push(v)
}

/**
 * The varint at `bytes[pos]`, read no further than `end` and at most `maxBytes` long, and where
 * the next value starts. Throws 'truncated' or 'varint too long' (the decoders turn a throw
 * into `{ ok: false, reason }`).
 */
export function readVarint(bytes: ArrayLike<number>, pos: number, end: number, maxBytes: number): [value: number, next: number] {
  let v = 0
  let mul = 1
  for (let k = 0; k < maxBytes; k++) {
    if (pos >= end) throw new Error('truncated')
    const b = bytes[pos++]!
    v += (b & 127) * mul
    if (b < 128) return [v, pos]
    mul *= 128
  }
  throw new Error('varint too long')
}
