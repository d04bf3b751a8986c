import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { decodeArticle, firstInvalidUtf8, MAX_ARTICLE_BYTES } from './decode-article.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(file: string, input: Uint8Array): InputError {
  try {
    decodeArticle(file, input);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decodeArticle', () => {
  it('accepts a seed paragraph as it is', () => {
    const text = 'Calling BGI a "shining example of innovation," Nawab encouraged Pakistani youth.';
    expect(decodeArticle('a.txt', bytes(text))).toBe(text);
  });

  it('refuses empty and blank files', () => {
    expect(refusal('empty.txt', new Uint8Array()).message).toBe(
      'empty.txt: is empty: there is no text to add',
    );
    expect(refusal('blank.txt', bytes(' \n\t\n')).reason).toMatch(/is empty/);
  });

  it('refuses binary files and names the byte', () => {
    const error = refusal('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]));
    expect(error.message).toBe(
      'image.png: byte 4: holds a NUL byte: this is a binary file, not text',
    );
    expect(refusal('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])).message).toBe(
      'latin1.txt: byte 3: is not valid UTF-8 text',
    );
    expect(refusal('nul.txt', bytes('abc\u0000def')).message).toBe(
      'nul.txt: byte 3: holds a NUL byte: this is a binary file, not text',
    );
  });

  it('refuses invalid UTF-8 at the first bad byte', () => {
    const input = new Uint8Array([...bytes('BGI Group '), 0xe2, 0x80, 0x41]);
    expect(refusal('latin.txt', input).place).toBe('byte 10');
  });

  it('refuses text over the size limit', () => {
    const error = refusal('huge.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    expect(error.reason).toMatch(/at most 1,048,576 bytes/);
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a strict decoder on overlongs, surrogates and truncation', () => {
    expect(firstInvalidUtf8(bytes('“Belt and Road” 🧬'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xf0, 0x9f]))).toBe(1);
  });

  it('says valid exactly when a strict decoder does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          decodes = false;
        }
        expect(firstInvalidUtf8(input) === -1).toBe(decodes);
      }),
      { numRuns: 2000 },
    );
  });
});
