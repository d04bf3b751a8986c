import type { Metadata } from 'next';
import { Fragment } from 'react';
import { DataLinks } from '../../components/data-links';
import { dataRoutes } from '../../lib/routes';
import { corpusDefinitions, type TypePart } from '../../lib/schema';

export const metadata: Metadata = {
  title: 'Data model',
  description:
    'The genebelt corpus model, field by field, generated from its published JSON Schema.',
};

function TypeText({ parts }: { parts: readonly TypePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.ref ? (
          <a key={index} href={`#${part.ref}`}>
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

export default function SchemaPage() {
  const definitions = corpusDefinitions();
  return (
    <>
      <div className="page-head">
        <h1>Data model</h1>
        <p className="lead">
          The shapes of the corpus, as published in <code>corpus.schema.json</code> (JSON Schema
          draft 2020-12). A document’s text is normalised once; every annotation points into it with
          a half-open span of UTF-16 code units and keeps the quoted text, so it can be checked and
          re-anchored.
        </p>
        <DataLinks links={[{ href: dataRoutes.schema('corpus'), label: 'corpus.schema.json' }]} />
      </div>
      <nav aria-label="Definitions">
        <ul className="plain-list columns">
          {definitions.map((definition) => (
            <li key={definition.name}>
              <a href={`#${definition.name}`}>{definition.title ?? definition.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {definitions.map((definition) => (
        <section
          key={definition.name}
          id={definition.name}
          className="schema-def"
          aria-labelledby={`h-${definition.name}`}
        >
          <h2 id={`h-${definition.name}`}>{definition.name}</h2>
          {definition.description ? <p>{definition.description}</p> : null}
          {definition.properties.length > 0 ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Type</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {definition.properties.map((property) => (
                    <tr key={property.name}>
                      <td>
                        <code>{property.name}</code>
                        {property.required ? null : <span className="muted"> (optional)</span>}
                      </td>
                      <td>
                        <TypeText parts={property.type} />
                      </td>
                      <td>{property.description ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>
              Value: <TypeText parts={definition.type} />
            </p>
          )}
        </section>
      ))}
    </>
  );
}
