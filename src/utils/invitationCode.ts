/**
 * Invitation codes as they reach the binding page: a mini-program code carries `scene=i%3DCODE`
 * (URL-encoded, WeChat hands it over as is), a link carries `code=CODE`, a person types the code.
 */

/** Letters and digits only, upper case: what a person may type with spaces or in lower case. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** The code in a `scene` value (`i%3DABCD2345` or `i=ABCD2345`); '' when there is none. */
export function codeFromScene(scene: string | undefined): string {
  if (!scene) return '';
  let decoded = scene;
  try {
    decoded = decodeURIComponent(scene);
  } catch {
    // A malformed escape: read it as it came.
  }
  for (const pair of decoded.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key === 'i') return normaliseCode(value);
  }
  return '';
}

/** The code in the page parameters: `scene` first (a mini-program code), then `code`. */
export function codeFromParams(params: Partial<Record<string, string>>): string {
  const fromScene = codeFromScene(params.scene);
  if (fromScene) return fromScene;
  if (!params.code) return '';
  try {
    return normaliseCode(decodeURIComponent(params.code));
  } catch {
    return normaliseCode(params.code);
  }
}

/**
 * The code in what the scanner read: a mini-program code of this app gives its `path`
 * (`pages/bind/index?scene=i%3DCODE`); a plain QR code may hold the code itself.
 */
export function codeFromScan(path: string | undefined, result: string | undefined): string {
  const query = path?.split('?')[1];
  if (query) {
    const params: Record<string, string> = {};
    for (const pair of query.split('&')) {
      const index = pair.indexOf('=');
      if (index > 0) params[pair.slice(0, index)] = pair.slice(index + 1);
    }
    const code = codeFromParams(params);
    if (code) return code;
  }
  const text = result?.trim() ?? '';
  return /^[0-9A-Za-z]{4,16}$/.test(text) ? normaliseCode(text) : '';
}
