import { routes } from '../../../lib/routes';

const SYNTAX = [
  ['genomics training', 'sentences with both words'],
  ['"belt and road"', 'the words together, in this order'],
  ['genom*', 'words that start with “genom”'],
  ['-pakistan', 'without the word (or -"a phrase", -type:place)'],
  [
    'type:person',
    'sentences that name a person (organization, place, event, initiative, outlet, work)',
  ],
  ['entity:bgi-group', 'sentences that name this entity (its id, as in its address)'],
  ['doc:<id>', 'sentences of one document'],
  [
    'from:2017 to:2017-06',
    'sentences dated in this range (a date in the sentence, else the publication date)',
  ],
] as const;

const EXAMPLES = [
  'genom*',
  '"belt and road" type:person',
  'training -pakistan',
  'entity:bgi-group',
];

/** The query language, the same as the terminal's `genebelt search`. */
export function QueryHelp({ open }: { open: boolean }) {
  return (
    <details className="help" open={open}>
      <summary>How to search</summary>
      <p>
        The same query language as the terminal (<code>genebelt search</code>): case and accents are
        ignored, filters combine with AND, and anything else is searched as words.
      </p>
      <dl>
        {SYNTAX.map(([syntax, meaning]) => (
          <div key={syntax} className="contents">
            <dt>
              <code>{syntax}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        Try:{' '}
        {EXAMPLES.map((example, index) => (
          <span key={example}>
            {index > 0 ? ', ' : ''}
            <a href={routes.search(example)}>
              <code>{example}</code>
            </a>
          </span>
        ))}
        .
      </p>
    </details>
  );
}
