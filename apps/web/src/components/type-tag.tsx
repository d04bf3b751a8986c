import type { EntityType } from '@genebelt/model';
import { ENTITY_TYPE_LABELS } from '../lib/format';

/** The entity type in words, so it never depends on colour. */
export function TypeTag({ type }: { type: EntityType }) {
  return <span className="tag">{ENTITY_TYPE_LABELS[type].one}</span>;
}
