// fetch() with download progress, for the loading bar. Content-Length may be missing (chunked
// or compressed responses); then progress jumps from 0 to 1 when the body is complete.
export async function fetchBytes(url: string, onProgress?: (fraction: number) => void): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`)
  const total = Number(response.headers.get('content-length') ?? 0)
  if (!response.body || !onProgress || !(total > 0)) {
    const buffer = await response.arrayBuffer()
    onProgress?.(1)
    return buffer
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.byteLength
    onProgress(Math.min(1, loaded / total))
  }
  const out = new Uint8Array(loaded)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  onProgress(1)
  return out.buffer
}
