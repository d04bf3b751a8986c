import { routes } from '../lib/routes';

export default function NotFound() {
  return (
    <>
      <h1>Not in the corpus</h1>
      <p className="lead">
        Nothing lives at this address. Documents and entities keep their ids across rebuilds, so an
        old link should still work; this one may be mistyped.
      </p>
      <ul>
        <li>
          <a href={routes.home}>The overview</a>
        </li>
        <li>
          <a href={routes.entities}>All entities</a>
        </li>
        <li>
          <a href={routes.search()}>Search</a>
        </li>
      </ul>
    </>
  );
}
