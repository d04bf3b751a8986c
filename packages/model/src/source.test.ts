import { describe, expect, it } from 'vitest';
import { seed002Document, seedCorpus } from '../test/fixtures/seed-corpus.js';
import { CorpusIndex, NormalisationEdit, Source, SourceFact, StructureMark } from './index.js';

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('Source', () => {
  const source = seed002Document().source;

  it('accepts the seed’s source: cited outlet stated in the text, the rest unknown with reasons', () => {
    expect(Source.parse(source)).toEqual(source);
    expect(source.citedOutlet).toMatchObject({
      status: 'known',
      value: 'Gwadar Pro',
      basis: 'stated-in-text',
    });
    expect(source.publisher.status).toBe('unknown');
  });

  it('refuses an unknown fact without a reason and a known one without how it is known', () => {
    expect(pathsOf(SourceFact.safeParse({ status: 'unknown' }))).toEqual(['reason']);
    expect(
      pathsOf(
        SourceFact.safeParse({ status: 'known', value: 'Gwadar Pro', note: '', evidence: [] }),
      ),
    ).toEqual(['basis']);
  });

  it('refuses a digest that is not SHA-256 hex', () => {
    expect(pathsOf(Source.safeParse({ ...source, rawDigest: 'ABC' }))).toEqual(['rawDigest']);
  });
});

describe('structure', () => {
  it('accepts the seed’s attribution mark and refuses an unknown kind', () => {
    const mark = seed002Document().structureMarks[0];
    expect(StructureMark.parse(mark)).toEqual(mark);
    expect(pathsOf(StructureMark.safeParse({ ...mark, kind: 'caption' }))).toEqual(['kind']);
  });

  it('maps a normalisation edit back to raw offsets and refuses an unknown reason', () => {
    // The seed's curly quotes are kept; a no-break space becoming a space is an edit.
    const edit = {
      raw: { start: 10, end: 11 },
      normalised: { start: 10, end: 11 },
      reason: 'non-breaking-space',
    };
    expect(NormalisationEdit.parse(edit)).toEqual(edit);
    expect(pathsOf(NormalisationEdit.safeParse({ ...edit, reason: 'smart-quotes' }))).toEqual([
      'reason',
    ]);
  });
});

describe('CorpusIndex', () => {
  const index = seedCorpus().index;

  it('accepts the seed index and refuses counts by an unknown type or negative counts', () => {
    expect(CorpusIndex.parse(index)).toEqual(index);
    expect(pathsOf(CorpusIndex.safeParse({ ...index, entityCountByType: { company: 1 } }))).toEqual(
      ['entityCountByType'],
    );
    expect(pathsOf(CorpusIndex.safeParse({ ...index, mentionCount: -1 }))).toEqual([
      'mentionCount',
    ]);
  });
});
