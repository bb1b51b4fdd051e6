import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Serves the H5 build; unknown paths get index.html so the app's browser-mode routes load. */
export function serveStatic(root: string, urlPath: string, response: ServerResponse): void {
  const requested = path.normalize(path.join(root, decodeURIComponent(urlPath)));
  const inside = requested.startsWith(path.resolve(root));
  const file =
    inside && existsSync(requested) && statSync(requested).isFile() ? requested : path.join(root, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('H5 应用尚未构建：请运行 npm run build:h5');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}
