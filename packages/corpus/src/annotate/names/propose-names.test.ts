import { describe, expect, it } from 'vitest';
import { type NameCandidate, type NameType, proposeNames } from './index.js';

// Excerpts of the seed articles in /work/shared/seeds (002: BGI training for Pakistani
// researchers; 000: BGI and the "Belt and Road").
const SEED_002 =
  'China’s BGI Launches Training for Young Pakistani Researchers\n\n' +
  'The Beijing Genomics Institute (BGI), the world’s leading genomics research institution, is ' +
  'stepping up efforts to empower young Pakistani scientists by initiating structured training ' +
  'collaborations.\n\n' +
  'Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development ' +
  '(BRISD), visited BGI’s Shenzhen headquarters to discuss opportunities for bilateral ' +
  "cooperation. He was welcomed by Mao Zhixia, BGI's Senior Official and Head of South Asia " +
  'Affairs, who detailed the Institute’s rise from humble beginnings to its current global ' +
  'leadership in gene sequencing and precision health.\n\n' +
  'Both parties shared a vision of mutual growth in global health innovation. They expressed ' +
  'strong interest in establishing formal frameworks to support training initiatives for ' +
  'researchers from Pakistan and other BRI countries. Nawab reaffirmed BRISD’s commitment to ' +
  'inclusive development through science.';

const SEED_000 =
  'On June 15, representatives of BGI Group were warmly welcomed by Zhang Xiaoqiang, ' +
  'Executive Vice President and Director of the Executive Board of China Center for ' +
  'International Economic Exchanges (CCIEE), Xu Chaoyou, Director-General of the Department of ' +
  'Exchange of CCIEE, Li Jinbo, Deputy Director-General of the Department of Industrial ' +
  'Planning.. As a follow up to the ' +
  'Belt and Road Forum, Zhang Xiaoqiang heard BGI Group’s report on its activities and vision ' +
  'around the construction of the “Belt and Road,” and provided his feedback.\n\n' +
  'On June 8, BGI Group was invited to attend a seminar focusing on the construction of the “Belt ' +
  'and Road” in Shenzhen.';

function named(text: string, candidates: readonly NameCandidate[]): Map<string, NameType> {
  return new Map(
    candidates.map((candidate) => [
      text.slice(candidate.span.start, candidate.span.end),
      candidate.type,
    ]),
  );
}

describe('proposeNames on seed 002', () => {
  const candidates = proposeNames(SEED_002);
  const names = named(SEED_002, candidates);

  it('finds the people', () => {
    expect(names.get('Qaiser Nawab')).toBe('person');
    expect(names.get('Mao Zhixia')).toBe('person');
  });

  it('types a surname used alone like the full name it shortens', () => {
    expect(names.get('Nawab')).toBe('person');
  });

  it('finds organisations with their acronyms', () => {
    expect(names.get('Belt and Road Initiative for Sustainable Development')).toBe('organization');
    expect(names.get('BRISD')).toBe('organization');
    expect(names.get('Beijing Genomics Institute')).toBe('organization');
    expect(names.get('BGI')).toBe('organization');
  });

  it('finds places', () => {
    expect(names.get('Shenzhen')).toBe('place');
    expect(names.get('Pakistan')).toBe('place');
  });

  it('leaves out nationalities, sentence openers and titles', () => {
    expect(names.has('Pakistani')).toBe(false);
    expect(names.has('Both')).toBe(false);
    expect(names.has('Chairman')).toBe(false);
    expect([...names.keys()].some((name) => name.startsWith('The '))).toBe(false);
  });

  it('reads a headline-case line only for names the body confirms', () => {
    const headline = candidates.filter((candidate) => candidate.span.end <= 60);
    const found = headline.map((candidate) =>
      SEED_002.slice(candidate.span.start, candidate.span.end),
    );
    expect(found).toContain('BGI');
    expect(found).not.toContain('Launches Training');
    expect(found).not.toContain('Young Pakistani Researchers');
  });

  it('gives each proposal a confidence, an origin and a reason', () => {
    for (const candidate of candidates) {
      expect(candidate.confidence).toBeGreaterThan(0);
      expect(candidate.confidence).toBeLessThanOrEqual(1);
      expect(['rule', 'model']).toContain(candidate.origin);
      expect(candidate.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('proposeNames on seed 000', () => {
  const names = named(SEED_000, proposeNames(SEED_000));

  it('finds the people in a list of appositions', () => {
    expect(names.get('Zhang Xiaoqiang')).toBe('person');
    expect(names.get('Xu Chaoyou')).toBe('person');
    expect(names.get('Li Jinbo')).toBe('person');
  });

  it('splits a chain of titles and organisations joined by "of"', () => {
    expect(names.get('China Center for International Economic Exchanges')).toBe('organization');
    expect(names.get('CCIEE')).toBe('organization');
    expect(names.get('Department of Exchange')).toBe('organization');
    expect(names.get('BGI Group')).toBe('organization');
    expect(names.has('Executive Vice President')).toBe(false);
    expect(names.has('Director-General')).toBe(false);
  });

  it('finds the place and skips the event and the quoted slogan', () => {
    expect(names.get('Shenzhen')).toBe('place');
    expect(names.has('Belt and Road Forum')).toBe(false);
    expect(names.has('Belt')).toBe(false);
    expect(names.has('Road')).toBe(false);
  });

  it('does not take months for names', () => {
    expect(names.has('June')).toBe(false);
  });
});

describe('proposeNames cues', () => {
  const typeOf = (text: string, name: string) => named(text, proposeNames(text)).get(name);

  it('removes a title in front of a name and types the name a person', () => {
    const text = 'The plan was backed by President Donald Trump on Monday.';
    expect(typeOf(text, 'Donald Trump')).toBe('person');
  });

  it('uses the knowledge base when one is given', () => {
    const text = 'Officials from Gwadar Pro attended the meeting in Lahore.';
    const gazetteer = new Map<string, NameType>([['gwadar pro', 'organization']]);
    const names = named(text, proposeNames(text, { gazetteer }));
    expect(names.get('Gwadar Pro')).toBe('organization');
    expect(names.get('Lahore')).toBe('place');
  });

  it('keeps two names joined by "and" apart', () => {
    const text = 'Trade between Pakistan and China grew last year.';
    const names = named(text, proposeNames(text));
    expect(names.get('Pakistan')).toBe('place');
    expect(names.get('China')).toBe('place');
  });

  it('keeps "of" inside an organisation name', () => {
    const text = 'He studied at the University of Sheffield before joining the Bank of China.';
    const names = named(text, proposeNames(text));
    expect(names.get('University of Sheffield')).toBe('organization');
    expect(names.get('Bank of China')).toBe('organization');
  });

  it('returns spans sorted, apart unless a place or person is named inside a longer name', () => {
    const candidates = proposeNames(SEED_000 + SEED_002);
    let outerEnd = 0;
    for (let index = 1; index < candidates.length; index += 1) {
      const previous = candidates[index - 1];
      const current = candidates[index];
      if (previous === undefined || current === undefined) continue;
      expect(current.span.start).toBeGreaterThanOrEqual(previous.span.start);
      if (current.span.start < outerEnd) {
        expect(current.span.end).toBeLessThanOrEqual(outerEnd);
        expect(['place', 'person']).toContain(current.type);
      } else outerEnd = current.span.end;
    }
  });

  it('names a person inside a longer name only when the text names them on their own', () => {
    const text =
      'Andy Warhol made prints. The Andy Warhol Foundation gave them away, and the Ford ' +
      'Foundation paid. Warhol was pleased.';
    const found = proposeNames(text).map(({ span, type }) => [
      text.slice(span.start, span.end),
      type,
      span.start,
    ]);
    const inside = text.indexOf('Andy Warhol Foundation');
    expect(found).toContainEqual(['Andy Warhol Foundation', 'organization', inside]);
    expect(found).toContainEqual(['Andy Warhol', 'person', inside]);
    expect(found.filter(([name]) => name === 'Ford')).toEqual([]);
  });

  it('says which name a defined acronym stands for, initials or not', () => {
    const text =
      'The Kenya Medical Research Institute (KEMRI) and the Beijing Genomics Institute (BGI) ' +
      'met. KEMRI and BGI agreed, and so did the CDC.';
    const abbreviated = proposeNames(text)
      .filter((candidate) => candidate.abbreviates !== undefined)
      .map((candidate) => [
        text.slice(candidate.span.start, candidate.span.end),
        candidate.abbreviates,
      ]);
    expect(abbreviated).toEqual([
      ['KEMRI', 'Kenya Medical Research Institute'],
      ['BGI', 'Beijing Genomics Institute'],
      ['KEMRI', 'Kenya Medical Research Institute'],
      ['BGI', 'Beijing Genomics Institute'],
    ]);
  });

  it('does not propose an acronym the text spells out in lower case', () => {
    const spelled = (text: string) =>
      proposeNames(text).map(({ span }) => text.slice(span.start, span.end));
    expect(spelled('We built a demo of the VM (virtual microscope) for the team.')).not.toContain(
      'VM',
    );
    expect(spelled('They measured reactive oxygen species (ROS) in the ants.')).not.toContain(
      'ROS',
    );
    // Spelled out in capitals, it names a body.
    expect(spelled('The Beijing Genomics Institute (BGI) said so.')).toContain('BGI');
  });

  it('names the listed places inside longer names, but not inside a place or a person', () => {
    const text =
      'The University of Southern Indiana and the United States Navy met in North Korea. ' +
      'Jack London wrote about Mexico.';
    const found = proposeNames(text).map(({ span, type }) => [
      text.slice(span.start, span.end),
      type,
    ]);
    expect(found).toContainEqual(['Southern Indiana', 'place']);
    expect(found).toContainEqual(['United States', 'place']);
    expect(found).not.toContainEqual(['Korea', 'place']);
    expect(found.filter(([name]) => name === 'London')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(proposeNames(SEED_002)).toEqual(proposeNames(SEED_002));
  });

  it('returns nothing for empty or blank text', () => {
    expect(proposeNames('')).toEqual([]);
    expect(proposeNames(' \n\t ')).toEqual([]);
  });
});

// Invented sentences in the style of news reports, one cue each (issue 3).
describe('proposeNames typing from context', () => {
  const namesOf = (text: string) => named(text, proposeNames(text));

  it('types a country that acts as its government an organisation', () => {
    const text =
      'North Korea fired two missiles on Sunday. Officials in Seoul said North Korea warned ' +
      'of more launches, and North Korea stated it would not stop.';
    const names = namesOf(text);
    expect(names.get('North Korea')).toBe('organization');
    expect(names.get('Seoul')).toBe('place');
  });

  it('lets the words of a name type it over its acronym', () => {
    const text =
      'The crew reached the International Space Station (ISS) on Friday. Astronauts on the ISS ' +
      'ran tests. The Democratic Republic of the Congo (DRC) joined, and so did the Beijing ' +
      'Genomics Institute (BGI).';
    const names = namesOf(text);
    expect(names.get('International Space Station')).toBe('place');
    expect(names.get('ISS')).toBe('place');
    expect(names.get('DRC')).toBe('place');
    expect(names.get('BGI')).toBe('organization');
  });

  it('keeps a country that is only a setting a place', () => {
    const text =
      'Floods hit Thailand this week. Thailand is mostly rural, and aid reached Thailand by boat.';
    expect(namesOf(text).get('Thailand')).toBe('place');
    // A name in a coordination after a preposition is no subject (`between … and China grew`).
    const trade = 'Trade between Pakistan and China grew last year.';
    expect(namesOf(trade).get('China')).toBe('place');
  });

  it('types a country in a match report a team', () => {
    const text =
      'Group F — Sweden 1 – 0 Mexico. In the first game of the day, Sweden faced Mexico at the ' +
      'stadium. Sweden had more of the ball, and Mexico lost the match.';
    const names = namesOf(text);
    expect(names.get('Sweden')).toBe('organization');
    expect(names.get('Mexico')).toBe('organization');
  });

  it('takes an unknown name mostly found after "in" for a place', () => {
    const text =
      'Protests spread in Marivel on Monday. Shops in Marivel stayed shut, and Marivel police ' +
      'made arrests.';
    expect(namesOf(text).get('Marivel')).toBe('place');
  });

  it('does not take an organisation for a place over one "in"', () => {
    const text =
      'Dorvex said on Monday that Dorvex would cut jobs. Dorvex employs 4,000 people and Dorvex ' +
      'shares fell. He spent ten years in Dorvex before leaving.';
    expect(namesOf(text).get('Dorvex')).toBe('organization');
  });

  it('reads "the town of" and the like as a place', () => {
    const text = 'Shells landed near the town of Yeonhwa on Friday.';
    expect(namesOf(text).get('Yeonhwa')).toBe('place');
  });

  it('lends a full name that only its shape types to the surname used alone', () => {
    const text =
      'Romelu Lukaku scored twice. Twenty minutes later, Lukaku scored again, and Lukaku won ' +
      'the award.';
    const names = namesOf(text);
    expect(names.get('Romelu Lukaku')).toBe('person');
    expect(names.get('Lukaku')).toBe('person');
  });

  it('does not guess a person for a name after "the" or before a number', () => {
    const text =
      'Guests heard the Velvet Underground play. Internet Explorer 6 is old, and Internet ' +
      'Explorer users should move on.';
    const names = namesOf(text);
    expect(names.get('Velvet Underground')).not.toBe('person');
    expect(names.get('Internet Explorer')).not.toBe('person');
  });

  it('tells a part of a known place from a body named after one', () => {
    const text =
      'He walked into a station in East Los Angeles. Figures from Hitwise UK show the change.';
    const names = namesOf(text);
    expect(names.get('East Los Angeles')).toBe('place');
    expect(names.get('Hitwise UK')).toBe('organization');
  });

  it('takes a name ending in "s" for a name when the text has no singular of it', () => {
    const text =
      'Reporters for Wikinews attended. Many visitors Wikinews spoke with were students, and ' +
      'the Polaroids and one Polaroid in the show came from a donor.';
    const names = namesOf(text);
    expect(names.get('Wikinews')).toBe('organization');
    expect(names.has('Polaroids')).toBe(false);
  });

  it('splits a person from the domain of a title before them', () => {
    const text = 'The new law was backed by the Minister of Education Stefania Giannini on Monday.';
    const names = namesOf(text);
    expect(names.get('Stefania Giannini')).toBe('person');
    expect(names.has('Education Stefania Giannini')).toBe(false);
  });

  it('leaves out plans and made things, keeping a name they open', () => {
    const text =
      'Andy Warhol took the photos. They were donated by the Andy Warhol Photographic Legacy ' +
      'Program, and images from the Hubble Space Telescope were shown beside them.';
    const found = proposeNames(text).map(({ span, type }) => [
      text.slice(span.start, span.end),
      type,
    ]);
    expect(found).toEqual([
      ['Andy Warhol', 'person'],
      ['Andy Warhol', 'person'],
    ]);
  });

  it('knows more places: planets, features and large cities', () => {
    const text =
      'The rover landed on Mars in February. Engineers in Pasadena cheered, and Mars will be ' +
      'studied for years from the Himalayas to Brampton.';
    const names = namesOf(text);
    expect(names.get('Mars')).toBe('place');
    expect(names.get('Pasadena')).toBe('place');
    expect(names.get('Himalayas')).toBe('place');
  });
});
