import { DataLinks } from '../../../components/data-links';
import { Pager } from '../../../components/pager';
import { allQuantities, documentTitle } from '../../../lib/corpus';
import { formatValue, plural, QUALIFIER_LABELS, sentenceLabel } from '../../../lib/format';
import { byDocument, pageCount, pageOf } from '../../../lib/paging';
import { dataRoutes, routes } from '../../../lib/routes';

/** Every quantity with its value, qualifier and unit, each linking to its sentence. */
export function NumbersView({ page }: { page: number }) {
  const rows = allQuantities();
  const pages = pageCount(rows.length);
  return (
    <>
      <div className="page-head">
        <h1>Numbers</h1>
        <p className="lead">
          Every quantity the corpus states: {plural(rows.length, 'number')}, each with its value,
          how it is qualified (“over 30,000”) and what it counts, linked to its sentence.
        </p>
        <DataLinks links={[{ href: dataRoutes.numbers, label: 'numbers.json' }]} />
      </div>
      <Pager page={page} pageCount={pages} href={routes.numbersPage} label="Number pages" />
      {byDocument(pageOf(rows, page)).map(([documentId, quantities]) => (
        <section key={documentId} id={documentId} aria-labelledby={`h-${documentId}`}>
          <h2 id={`h-${documentId}`}>
            <a href={routes.document(documentId)}>{documentTitle(documentId)}</a>
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">As written</th>
                  <th scope="col" className="n">
                    Value
                  </th>
                  <th scope="col">Unit</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {quantities.map(({ quantity }) => (
                  <tr key={quantity.id}>
                    <td>{quantity.anchor.exact}</td>
                    <td className="n">
                      <data value={String(quantity.value)}>
                        {[QUALIFIER_LABELS[quantity.qualifier], formatValue(quantity.value)]
                          .filter(Boolean)
                          .join(' ')}
                      </data>
                    </td>
                    <td>{quantity.unit ?? <span className="muted">none stated</span>}</td>
                    <td>
                      <a href={routes.document(documentId, quantity.sentenceId)}>
                        {sentenceLabel(quantity.sentenceId)}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {rows.length === 0 ? <p className="muted">The corpus states no numbers.</p> : null}
      <Pager page={page} pageCount={pages} href={routes.numbersPage} label="Number pages, again" />
    </>
  );
}
