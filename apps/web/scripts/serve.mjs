// Serves the built site (`pnpm web`, `pnpm --filter @genebelt/web start`): Next's production
// server, plus the headers a static page cannot set itself. Every response gets the fixed security
// headers (also set by next.config.ts) and a Content-Security-Policy allowing the page's own inline
// scripts by hash (prerendered pages) or by a fresh nonce (pages rendered per request, /search).
//
//   node scripts/serve.mjs [--port 3000] [--host 127.0.0.1]
//
// PORT and HOST work too. Without an explicit port, the next free one from 3000 is taken.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { contentSecurityPolicy, FIXED_HEADERS } from './security-headers.mjs';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
// Next resolves next.config.ts and its imports from the working directory, as under `next start`.
process.chdir(appRoot);
const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string', short: 'H' },
  },
});
const explicitPort = values.port ?? process.env.PORT;
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const distDir = resolve(appRoot, process.env.GENEBELT_DIST_DIR ?? '.next');

if (!existsSync(resolve(distDir, 'BUILD_ID'))) {
  console.error(
    `No build in ${distDir}: run \`pnpm --filter @genebelt/web build\` (or \`pnpm web\`).`,
  );
  process.exit(1);
}

/** @type {Record<string, string[]>} */
const hashes = JSON.parse(readFileSync(resolve(distDir, 'csp-hashes.json'), 'utf8'));
// A miss renders the not-found page, which is prerendered too.
const fallbackHashes = [...(hashes['/_not-found'] ?? []), ...(hashes['/_global-error'] ?? [])];

/** The inline script hashes of the page at a path ("/documents/x/" is "/documents/x"). */
function hashesFor(url) {
  const queryAt = url.indexOf('?');
  const path = (queryAt === -1 ? url : url.slice(0, queryAt)).replace(/\/+$/, '') || '/';
  return hashes[path] ?? fallbackHashes;
}

const server = createServer();
const port = await listen(server, explicitPort ? Number(explicitPort) : 3000, !explicitPort);

const app = next({ dev: false, dir: appRoot, hostname: host, port, httpServer: server });
const ready = app.prepare();
const handle = app.getRequestHandler();

server.on('request', async (request, response) => {
  const nonce = randomBytes(16).toString('base64');
  const policy = contentSecurityPolicy({ nonce, scriptHashes: hashesFor(request.url ?? '/') });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  request.headers['content-security-policy'] = policy;
  delete request.headers['content-security-policy-report-only'];
  response.setHeader('Content-Security-Policy', policy);
  for (const { key, value } of FIXED_HEADERS) response.setHeader(key, value);
  try {
    await ready;
    await handle(request, response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  }
});

await ready;

const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
console.log(`genebelt web is serving at http://${shown}:${port}/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}

/** Listens on `port`, or (when `search`) on the next free port after it. */
function listen(httpServer, first, search) {
  return new Promise((resolvePort, reject) => {
    let candidate = first;
    const attempt = () => {
      httpServer.once('error', (error) => {
        if (search && error.code === 'EADDRINUSE' && candidate < first + 50) {
          candidate += 1;
          attempt();
        } else {
          reject(error);
        }
      });
      httpServer.listen(candidate, host, () => {
        httpServer.removeAllListeners('error');
        const address = httpServer.address();
        resolvePort(typeof address === 'object' && address ? address.port : candidate);
      });
    };
    attempt();
  });
}
