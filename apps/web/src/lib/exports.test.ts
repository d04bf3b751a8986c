import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledStore, openCorpus, readCorpusFile } from '@genebelt/corpus';
import type { Document } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLUMNS, annotationsCsv, corpusJsonLines } from './exports';

// The seed corpus itself is the fixture.
const corpus = readCorpusFile(bundledStore().corpusFile);

describe('downloads', () => {
  it('writes every record of the corpus as one JSON line', () => {
    const records = corpusJsonLines(corpus)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records[0]).toMatchObject({ kind: 'corpus', value: { name: corpus.name } });
    const count = (kind: string) => records.filter((record) => record.kind === kind).length;
    expect(count('document')).toBe(corpus.documents.length);
    expect(count('entity')).toBe(corpus.entities.length);
    expect(count('event')).toBe(corpus.events.length);
    const [document] = corpus.documents;
    expect(records.find((record) => record.kind === 'document').value).toEqual(document);
  });

  it('writes every annotation as one CSV row whose offsets slice to its text', () => {
    const lines = annotationsCsv(corpus).trimEnd().split('\r\n');
    expect(lines[0]).toBe(ANNOTATION_COLUMNS.map((column) => `"${column}"`).join(','));
    const annotations = corpus.documents.reduce(
      (sum, document) =>
        sum +
        document.mentions.length +
        document.temporalExpressions.length +
        document.quotes.length +
        document.quantities.length,
      0,
    );
    // Seed text has no line breaks inside annotations, so one line is one row.
    expect(lines).toHaveLength(annotations + 1);
    const texts = new Map(corpus.documents.map((document) => [document.id, document.text]));
    for (const line of lines.slice(1)) {
      const cells = [...line.matchAll(/"((?:[^"]|"")*)"|(?<=,|^)(?=,|$)/g)].map((match) =>
        (match[1] ?? '').replace(/""/g, '"'),
      );
      const [documentId, , , , start, end, text] = cells;
      expect(texts.get(documentId ?? '')?.slice(Number(start), Number(end))).toBe(text);
    }
  });

  it('writes the same CSV from the query index, one document at a time, as from the file', () => {
    // The site builds corpus.csv this way (src/lib/corpus.ts) instead of parsing the corpus file.
    const dir = mkdtempSync(join(tmpdir(), 'genebelt-web-csv-'));
    const index = openCorpus({
      corpusFile: bundledStore().corpusFile,
      indexFile: join(dir, 'corpus.sqlite'),
    });
    try {
      function* documents(): Generator<Document> {
        for (const summary of index.documents({ sort: 'published' })) {
          const document = index.document(summary.id);
          if (document) yield document;
        }
      }
      const fromIndex = annotationsCsv({ entities: index.entities(), documents: documents() });
      const order = new Map(index.documents({ sort: 'published' }).map((d, i) => [d.id, i]));
      const sorted = [...corpus.documents].sort(
        (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
      );
      expect(fromIndex).toBe(annotationsCsv({ entities: corpus.entities, documents: sorted }));
      expect(fromIndex.split('\r\n').length).toBeGreaterThan(10);
    } finally {
      index.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
