// Reading a file a user named (a dataset folder, a body model) from node, defensively: only a
// regular file is read, never a FIFO, a socket or a device (reading /dev/zero or a pipe nobody
// writes to would hang or never end), and never more than a size limit. The file is opened
// without blocking and checked on the open handle, so it cannot be swapped between check and read.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Stats } from 'node:fs'

/** The largest dataset file accepted (the real ones are well under 1 MB). */
export const MAX_DATASET_FILE_BYTES = 16 * 1024 * 1024
/** The largest body model accepted (the budget is 1.5 MB). */
export const MAX_BODY_FILE_BYTES = 64 * 1024 * 1024

/** Why a file could not be read, with a code like ENOENT when the system gave one. */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder'
  if (s.isFIFO()) return 'a FIFO (named pipe)'
  if (s.isSocket()) return 'a socket'
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** The bytes of a regular file of at most maxBytes; otherwise a FileReadError saying why. */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new FileReadError(code ?? String(e), code)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new FileReadError(`not a regular file (${kindOf(stats)})`, 'ENOTREG')
    if (stats.size > maxBytes) throw new FileReadError(`too large (${stats.size} bytes, at most ${maxBytes})`, 'EFBIG')
    // Read to the end, but stop one chunk past the limit: a file that grows is refused too.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(stats.size - total + 1, 1 << 16), maxBytes + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw new FileReadError(`too large (over ${maxBytes} bytes)`, 'EFBIG')
    }
    return Buffer.concat(chunks, total)
  } finally {
    await handle.close()
  }
}
