// The bare Next 16 App Router app the bench compares the site with: a layout, a home page and
// `pages` prerendered pages under /p/<n>, using this workspace's next and react.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function createBareApp(dir, app, pages) {
  rmSync(join(dir, '.next'), { recursive: true, force: true });
  mkdirSync(join(dir, 'app', 'p', '[id]'), { recursive: true });
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(resolve(app, 'node_modules'), modules, 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-next-page", "private": true }\n');
  writeFileSync(join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dir, 'app', 'layout.js'),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    join(dir, 'app', 'page.js'),
    'export default function Page() {\n  return <main><h1>Hello</h1></main>;\n}\n',
  );
  writeFileSync(
    join(dir, 'app', 'p', '[id]', 'page.js'),
    [
      'export const dynamicParams = false;',
      `export function generateStaticParams() { return Array.from({ length: ${pages} }, (_, i) => ({ id: String(i) })); }`,
      'export default async function Page({ params }) { const { id } = await params; return <main><h1>Page {id}</h1></main>; }',
      '',
    ].join('\n'),
  );
}
