import { createHash } from 'node:crypto';

/** SHA-256 of text (as UTF-8) or bytes, in lowercase hex. */
export function sha256(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}
