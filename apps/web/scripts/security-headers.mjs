// The security headers of the site, in one place: next.config.ts sets the fixed ones on every
// response (so they hold under a bare `next start` too) and scripts/serve.mjs adds the
// Content-Security-Policy, whose script hashes differ from page to page.

/** Headers that are the same for every response. */
export const FIXED_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // frame-ancestors in the CSP supersedes this in current browsers; older ones only know this.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * The Content-Security-Policy of a response.
 *
 * Next's App Router bootstraps every page with a few inline scripts (the Turbopack chunk list and
 * `self.__next_f.push(...)` calls carrying the RSC payload). Rather than allow any inline script
 * ('unsafe-inline'), the policy lists the SHA-256 of exactly those scripts for prerendered pages
 * (computed at build by scripts/csp-hashes.mjs, which hashes only scripts that are pure data in
 * Next's own shapes) and a fresh nonce for pages rendered per request (/search), which Next puts
 * on the scripts it writes. An injected <script> matches neither, so it does not run.
 *
 * @param {{ nonce: string, scriptHashes: readonly string[] }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, scriptHashes }) {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, ...scriptHashes.map((hash) => `'${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
