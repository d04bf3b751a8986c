import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuesOf, slugify } from '@genebelt/model';
import { InputError } from './errors.js';
import { parseJsonFile } from './knowledge/load.js';
import { SourceSidecar } from './knowledge/schema.js';
import type { RawArticle } from './pipeline/annotate-document.js';
import { decodeArticle } from './text/decode-article.js';
import { sha256 } from './text/digest.js';

/** The sidecar of `name.txt` is `name.source.json`. */
export const sidecarName = (textName: string) => textName.replace(/\.txt$/, '.source.json');

/** Validates sidecar JSON, naming the file and the first problem's path. */
export function parseSidecar(file: string, value: unknown): SourceSidecar {
  const result = SourceSidecar.safeParse(value);
  if (result.success) return result.data;
  const [first] = issuesOf(result.error);
  throw new InputError(file, first?.path ?? '', first?.message ?? 'invalid sidecar');
}

/** The document id of an article: the sidecar's, else a slug of the file name. */
export function articleId(textName: string, sidecar: SourceSidecar): string {
  return sidecar.id ?? slugify(textName.replace(/\.txt$/, ''), 80);
}

/** Reads every `*.txt` of a sources folder with its sidecar, in file-name order. */
export function readSources(dir: string, label = 'sources'): RawArticle[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const all = new Set(readdirSync(dir));
  const seen = new Map<string, string>();
  return names.map((name) => {
    const file = `${label}/${name}`;
    const bytes = readFileSync(join(dir, name));
    const raw = decodeArticle(file, bytes);
    const sidecarFile = sidecarName(name);
    const sidecar = all.has(sidecarFile)
      ? parseSidecar(
          `${label}/${sidecarFile}`,
          parseJsonFile(`${label}/${sidecarFile}`, readFileSync(join(dir, sidecarFile), 'utf8')),
        )
      : SourceSidecar.parse({});
    const id = articleId(name, sidecar);
    const clash = seen.get(id);
    if (clash) throw new InputError(file, 'id', `"${id}" is already the id of ${label}/${clash}`);
    seen.set(id, name);
    return { id, fileName: name, raw, rawDigest: sha256(bytes), sidecar };
  });
}
