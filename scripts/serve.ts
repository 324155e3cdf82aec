// A minimal static server for a built site, used by the browser tests and benchmarks
// (astro preview allows only one server per project, so parallel runs collide).
// Serves a folder on 127.0.0.1: index.html for folders, 404.html with status 404, text
// gzip-compressed when the client accepts it.
//   node --experimental-strip-types scripts/serve.ts <folder> <port>
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.json': 'application/json', '.xml': 'application/xml',
  '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain',
};

export async function serve(root: string, port = 0): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    try {
      let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compress text like any production host does (fonts and images are compressed already).
      if (/text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
      } else {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      }
    } catch {
      const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`serving ${root}/ at ${url}`);
}
