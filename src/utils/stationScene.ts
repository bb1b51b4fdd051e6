/**
 * A station's posted code reaches the check-in page as `scene=v%3D…` (WeChat passes the scene
 * URI-encoded); scanning it from inside the app gives the page path with that query.
 */
export function sceneFromParam(scene: string | undefined): string {
  if (!scene) return '';
  try {
    return decodeURIComponent(scene).trim();
  } catch {
    return scene.trim();
  }
}

/** The scene in a scanned mini-program code's path (`packages/visits/pages/check-in/index?scene=…`); '' if none. */
export function sceneFromScanPath(path: string | undefined): string {
  const match = /[?&]scene=([^&]+)/.exec(path ?? '');
  return match ? sceneFromParam(match[1]) : '';
}
