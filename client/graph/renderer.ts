/** Choosing Cytoscape's renderer: WebGL where it is really faster, the canvas otherwise. */

/**
 * True when the browser gives a hardware WebGL2 context (Cytoscape's WebGL renderer needs
 * WebGL2). A software one (SwiftShader, llvmpipe) draws slower than the plain canvas, so it
 * does not count: headless Chromium without a GPU measured 300 ms a frame on 2,000 elements.
 */
export function hasWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !isSoftwareRenderer(name);
  } catch {
    return false;
  }
}

/** Whether a WebGL renderer string names a software rasteriser. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}
