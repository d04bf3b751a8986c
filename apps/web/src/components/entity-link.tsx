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
  const link = <a href={routes.entity(entity.id)}>{entity.name}</a>;
  // The bare link when there is no type to show: long lists use thousands of these, and every
  // wrapper is one more node in each page's HTML and in its React payload.
  if (!showType) return link;
  return (
    <>
      {link} <TypeTag type={entity.type} />
    </>
  );
}
