// Without WebGL (old devices, locked-down browsers, some VMs) the app still works as a list
// view (DESIGN section 6). The check creates a throwaway context and releases it at once, so
// it does not count against the browser's limit of live contexts.
export function detectWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    if (!gl) return false
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return true
  } catch {
    return false
  }
}
