// Node-only entry: read body.glb from disk (scripts, unit tests). The browser uses
// parseBodyGlb on a fetched ArrayBuffer instead.
import { readFile } from 'node:fs/promises'
import { parseBodyGlb, type LoadedBody } from './load-body'

export const BODY_GLB_FILE = 'public/models/body.glb'

export async function loadBodyFile(path = BODY_GLB_FILE): Promise<LoadedBody> {
  const bytes = await readFile(path)
  return parseBodyGlb(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
}
