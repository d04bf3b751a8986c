import { describe, expect, it } from 'vitest';
import { definitionOf } from './definitions.js';
import { type NameType, proposeNames } from './index.js';
import { tagTokens } from './tag-tokens.js';
import { toWords } from './words.js';

/** The definition after the first occurrence of `name` in `text`. */
function defined(text: string, name: string): string | undefined {
  const words = toWords(text, tagTokens(text));
  const parts = name.split(' ');
  const first = words.findIndex((_, i) => parts.every((part, k) => words[i + k]?.text === part));
  const definition = definitionOf(
    { first, last: first + parts.length - 1, afterTitle: false, titleOf: false },
    words,
  );
  return definition && `${definition.kind}: ${definition.head.text}`;
}

describe('definitionOf', () => {
  it('reads what a copula or an apposition says a name is', () => {
    expect(defined('Stardust is a NASA space capsule that collected dust.', 'Stardust')).toBe(
      'thing: capsule',
    );
    expect(defined('Acme is a small Texas company with ten staff.', 'Acme')).toBe(
      'organization: company',
    );
    expect(
      defined('Andrew Westphal, the director of the project, said so.', 'Andrew Westphal'),
    ).toBe('person: director');
  });

  it('takes `the` for a role only: otherwise it is a relation or a new clause', () => {
    expect(defined('Andy Warhol was the center of the Zeitgeist.', 'Andy Warhol')).toBeUndefined();
    expect(defined('In Taiwan, the lantern festival is crowded.', 'Taiwan')).toBeUndefined();
  });
});

describe('proposeNames with definitions', () => {
  it('proposes no name the text says is a made thing, wherever it stands', () => {
    const text =
      'Stardust is a NASA space capsule that collected dust. Scientists waited for Stardust for ' +
      'years, and Stardust landed in Utah.';
    const names = proposeNames(text).map(({ span }) => text.slice(span.start, span.end));
    expect(names).not.toContain('Stardust');
    expect(names).toContain('Utah');
  });

  it('types a name by what it is said to be', () => {
    // Without the definition a single unknown word would be taken for an organisation.
    const text = 'Zorblax is a small Texas town. Zorblax hired ten people.';
    const types = new Map<string, NameType>(
      proposeNames(text).map(({ span, type }) => [text.slice(span.start, span.end), type]),
    );
    expect(types.get('Zorblax')).toBe('place');
  });
});
