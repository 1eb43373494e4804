// Node-only entry: read body.glb from disk (scripts, unit tests). The browser uses
// parseBodyGlb on a fetched ArrayBuffer instead.
import { parseBodyGlb, type LoadedBody } from './load-body'
import { MAX_BODY_FILE_BYTES, readRegularFile } from './read-file-node'

export const BODY_GLB_FILE = 'public/models/body.glb'

const GLB_MAGIC = 0x46546c67 // 'glTF'

/** Reads and parses a body model; any failure names the file and says what is wrong with it. */
export async function loadBodyFile(path = BODY_GLB_FILE): Promise<LoadedBody> {
  let bytes: Buffer
  try {
    bytes = await readRegularFile(path, MAX_BODY_FILE_BYTES)
  } catch (e) {
    throw new Error(`${path}: could not be read: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
  // A binary glTF starts with the magic 'glTF'; anything else (a JSON file, random bytes) is
  // refused here, before a parser quotes its bytes back.
  if (bytes.byteLength < 12 || bytes.readUInt32LE(0) !== GLB_MAGIC) {
    throw new Error(`${path}: not a body model (expected a binary glTF file starting with "glTF")`)
  }
  try {
    return await parseBodyGlb(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch (e) {
    throw new Error(`${path}: not a valid body model: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
}
