/**
 * Ink's layout engine (yoga: WebAssembly embedded as a data: URL) is instantiated through fetch()
 * whenever fetch exists, which makes Node load its HTTP client (undici) just to decode a data:
 * URL: about a quarter of the time Ink takes to load. So fetch is hidden while Ink loads (this
 * module is imported before it) and put back by restoreFetch() once it has.
 */
const saved = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
Object.defineProperty(globalThis, 'fetch', {
  value: undefined,
  configurable: true,
  writable: true,
});

export function restoreFetch(): void {
  if (saved) Object.defineProperty(globalThis, 'fetch', saved);
}
