import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  inlineScriptHashes,
  isNextDataScript,
  routeOf,
  writeCspHashes,
  writeCspHashesInParallel,
} from './csp-hashes.mjs';

const push =
  'self.__next_f.push([1,"5:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"BGI Group\\"}]\\n"])';
const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])';
const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the CSP hashes of a prerendered page', () => {
  it('recognises the scripts Next writes, which carry only JSON', () => {
    expect(isNextDataScript(push)).toBe(true);
    expect(isNextDataScript(bootstrap)).toBe(true);
    expect(isNextDataScript(turbopack)).toBe(true);
    expect(isNextDataScript('self.__next_f.push([1,"x"]);window.__pwned=1//)')).toBe(false);
    expect(isNextDataScript('window.__pwned = 1')).toBe(false);
  });

  it('hashes exactly the inline scripts, and not external or data scripts', () => {
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>
      <script type="application/ld+json">{"headline":"\\u003c/script\\u003e"}</script>
      <script>${bootstrap}</script><script>${push}</script><script id="_R_">${turbopack}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(bootstrap), sha(push), sha(turbopack)]);
  });

  it('refuses a page with any other inline script, so it cannot be allowed by mistake', () => {
    const html = `<p>BGI</p><script>window.__pwned = "headline"</script><script>${push}</script>`;
    expect(() => inlineScriptHashes(html, '/documents/x')).toThrow(/not Next's own data/);
  });

  it('names pages by their route', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf('documents/bgi-group.html')).toBe('/documents/bgi-group');
  });

  it('writes the same manifest with worker threads as without, and fails on a bad page', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'genebelt-csp-'));
    const page = (path: string, body: string) => {
      const file = join(dist, 'server', 'app', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `<html><body>${body}</body></html>`);
    };
    try {
      page('index.html', `<script>${bootstrap}</script>`);
      for (let n = 0; n < 5; n++) {
        page(`documents/d${n}.html`, `<script>${bootstrap}</script><script>${push}</script>`);
      }
      page('entities/e.html', `<script>${turbopack}</script>`);
      const manifest = () => readFileSync(join(dist, 'csp-hashes.json'), 'utf8');
      expect(writeCspHashes(dist)).toBe(7);
      const single = manifest();
      expect(JSON.parse(single)['/documents/d3']).toEqual([sha(bootstrap), sha(push)]);
      rmSync(join(dist, 'csp-hashes.json'));
      await expect(writeCspHashesInParallel(dist, 3, 1)).resolves.toBe(7);
      expect(manifest()).toBe(single);

      page('documents/d2.html', '<script>window.__pwned = 1</script>');
      await expect(writeCspHashesInParallel(dist, 3, 1)).rejects.toThrow(/not Next's own data/);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
