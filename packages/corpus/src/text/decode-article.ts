import { InputError } from '../errors.js';

/** The largest article genebelt takes: far above any news article, far below trouble. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/**
 * Turns the bytes of a file into article text, or refuses them with the file, the place and
 * the cause: empty, too large, not UTF-8, or not text at all.
 */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(
      file,
      '',
      `is ${bytes.length.toLocaleString('en')} bytes; an article may be at most ${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes (1 MiB)`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new InputError(file, `byte ${nul}`, 'holds a NUL byte: this is a binary file, not text');
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) throw new InputError(file, `byte ${invalid}`, 'is not valid UTF-8 text');
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new InputError(file, '', 'is empty: there is no text to add');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 16 && controls / text.length > 0.01) {
    throw new InputError(
      file,
      '',
      `holds ${controls} control characters: this does not look like article text`,
    );
  }
  return text;
}

/** The offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    let minimum = 0;
    if (byte >= 0xc2 && byte <= 0xdf) [length, minimum] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, minimum] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, minimum] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
