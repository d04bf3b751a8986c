import type { EntitySummary } from '@genebelt/model';
import { routes } from '../lib/routes';
import { TypeTag } from './type-tag';

/** An entity by name, linked to its page, with its type in words. */
export function EntityLink({
  entity,
  showType = true,
}: {
  entity: Pick<EntitySummary, 'id' | 'name' | 'type'>;
  showType?: boolean;
}) {
  return (
    <>
      <a href={routes.entity(entity.id)}>{entity.name}</a>
      {showType ? (
        <>
          {' '}
          <TypeTag type={entity.type} />
        </>
      ) : null}
    </>
  );
}
