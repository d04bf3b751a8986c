import { describe, expect, it } from 'vitest';
import { worldPlaceNames } from './generate-world-places.js';
import { WORLD_CITY_NAMES, WORLD_COUNTRY_NAMES } from './world-places.generated.js';

describe('worldPlaceNames', () => {
  it('keeps large cities and countries, lower case, and drops small towns and odd names', () => {
    const names = worldPlaceNames(
      [
        { name: 'Bhubaneshwar', altName: 'Bhubaneswar', population: 762_243 },
        { name: 'Bogliasco', altName: '', population: 3_656 },
        { name: 'Kraków', altName: 'Krakow', population: 755_050 },
        { name: '4th Ward', altName: '', population: 150_000 },
      ],
      ['Italy', 'Cocos (Keeling) Islands', 'Côte d’Ivoire'],
      100_000,
    );
    expect(names.cities).toEqual(['bhubaneshwar', 'bhubaneswar', 'krakow', 'kraków']);
    expect(names.countries).toEqual(["côte d'ivoire", 'italy']);
  });

  it('is what the generated list holds', () => {
    expect(WORLD_COUNTRY_NAMES).toContain('italy');
    expect(WORLD_CITY_NAMES).toContain('livorno');
    expect(WORLD_CITY_NAMES).not.toContain('bogliasco');
    expect([...WORLD_CITY_NAMES]).toEqual([...WORLD_CITY_NAMES].sort());
  });
});
