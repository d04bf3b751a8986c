import { describe, expect, it } from 'vitest';
import { corpusDefinitions, describe as describeType, schemaNames, schemaOf } from './schema';

describe('the schema page', () => {
  const definitions = corpusDefinitions();
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));

  it('lists every definition of the corpus schema with its fields', () => {
    const document = byName.get('Document');
    expect(document?.properties.map((property) => property.name)).toContain('mentions');
    const deck = document?.properties.find((property) => property.name === 'deck');
    expect(deck?.type.map((part) => part.text).join('')).toBe('string or null');
    expect(deck?.description).toBe('The standfirst under the headline, if any.');
    expect(byName.get('Span')?.properties.map((property) => property.required)).toEqual([
      true,
      true,
    ]);
  });

  it('links references to their definitions', () => {
    const mentions = byName
      .get('Document')
      ?.properties.find((property) => property.name === 'mentions');
    expect(mentions?.type).toEqual([{ text: 'array of ' }, { text: 'Mention', ref: 'Mention' }]);
    expect(describeType({ enum: ['year', 'month', 'day'] })).toEqual([
      { text: '"year" | "month" | "day"' },
    ]);
  });

  it('publishes each concept of the model', () => {
    expect(schemaNames()).toContain('corpus');
    expect(schemaOf('corpus')?.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schemaOf('no-such-thing')).toBeNull();
    expect(schemaOf('toString')).toBeNull();
  });
});
