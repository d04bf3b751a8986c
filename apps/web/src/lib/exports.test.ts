import { bundledStore, readCorpusFile } from '@genebelt/corpus';
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
});
