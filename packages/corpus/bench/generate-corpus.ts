/**
 * A deterministic generator of large, valid corpora for the query benchmark. Documents read like
 * the seed articles (Belt and Road, genomics, cooperation news): sentences are assembled from word
 * lists covering the seeds' vocabulary and common news English, drawn with a Zipf-like skew, with
 * entity names, dates, quotes and quantities placed in them and annotated at their exact offsets.
 *
 * Documents are produced one at a time (generateDocuments), so 100,000 of them never need to be in
 * memory together; generateCorpus materialises a whole Corpus for small sizes and tests.
 */
import { createHash } from 'node:crypto';
import type {
  CalendarDate,
  Corpus,
  DateResolution,
  Document,
  Entity,
  EntityType,
  Event,
  EventType,
  Mention,
  Paragraph,
  ParagraphRole,
  Quantity,
  Quote,
  Sentence,
  Span,
  TemporalExpression,
} from '@genebelt/model';
import type { CorpusParts } from '../src/query/build.js';

export interface GenerateOptions {
  documents: number;
  seed: number;
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** sfc32: a small, fast, well-distributed 32-bit generator. */
export function createRandom(seed: number, stream = 0): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ stream;
  let c = 0xb7e15162 ^ Math.imul(seed, 0x85ebca6b);
  let d = 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Draws from a list with weight 1/(rank+1)^skew: early entries are common, late ones rare. */
class Zipf<T> {
  private readonly cumulative: Float64Array;
  constructor(
    readonly items: readonly T[],
    skew = 1,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += 1 / (i + 1) ** skew;
      this.cumulative[i] = sum;
    }
  }
  draw(random: () => number): T {
    const target = random() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: the seeds' words first (most common), then common news English.

// biome-ignore format: a word list reads better filled
const NOUNS = [
  'cooperation', 'development', 'health', 'genomics', 'research', 'innovation', 'technology',
  'construction', 'training', 'capacity', 'science', 'initiative', 'projects', 'countries',
  'medicine', 'diseases', 'screening', 'sequencing', 'gene', 'genes', 'platform', 'industry',
  'talent', 'expertise', 'community', 'vision', 'report', 'activities', 'implementation', 'tasks',
  'stage', 'direction', 'strategy', 'institutions', 'communities', 'people', 'youth',
  'researchers', 'scientists', 'collaborations', 'programs', 'diagnostics', 'biotechnology',
  'headquarters', 'opportunities', 'leadership', 'precision', 'growth', 'frameworks', 'knowledge',
  'tools', 'response', 'patients', 'donors', 'helpline', 'accessibility', 'causes', 'donation',
  'banks', 'centers', 'resources', 'consortia', 'agriculture', 'sanitation', 'brand', 'issues',
  'enterprise', 'seminar', 'forum', 'representatives', 'feedback', 'requirements', 'hub',
  'demonstration', 'site', 'cornerstone', 'engine', 'future', 'promise', 'organization',
  'efforts', 'participation', 'base', 'model', 'population', 'detection', 'provinces',
  'municipalities', 'birth', 'defects', 'prevention', 'agreement', 'memorandum', 'delegation',
  'officials', 'ministry', 'government', 'economy', 'investment', 'trade', 'infrastructure',
  'corridor', 'port', 'energy', 'education', 'university', 'students', 'laboratory', 'hospital',
  'clinic', 'vaccine', 'data', 'analysis', 'policy', 'regulation', 'market', 'partners',
  'partnership', 'exchange', 'visit', 'meeting', 'conference', 'summit', 'ceremony', 'launch',
  'announcement', 'statement', 'plan', 'goals', 'funding', 'budget', 'support', 'services',
  'facilities', 'network', 'system', 'framework', 'standards', 'quality', 'safety', 'security',
  'climate', 'environment', 'water', 'food', 'farmers', 'crops', 'rice', 'wheat', 'seeds',
  'biodiversity', 'marine', 'ocean', 'fisheries', 'tourism', 'culture', 'media', 'journalists',
  'experts', 'doctors', 'nurses', 'workers', 'companies', 'firms', 'startups', 'entrepreneurs',
  'investors', 'banks', 'loans', 'finance', 'costs', 'prices', 'exports', 'imports', 'supply',
  'demand', 'production', 'factory', 'equipment', 'devices', 'software', 'computing',
  'algorithms', 'databases', 'samples', 'tests', 'results', 'findings', 'studies', 'trials',
  'outcomes', 'treatment', 'therapy', 'cancer', 'infection', 'epidemic', 'outbreak',
  'surveillance', 'laboratories', 'biobank', 'genome', 'genomes', 'DNA', 'cells', 'proteins',
  'mutations', 'variants', 'region', 'province', 'city', 'villages', 'rural', 'urban',
  'neighbours', 'allies', 'region', 'border', 'highway', 'railway', 'airport', 'power', 'solar',
  'wind', 'grid', 'connectivity', 'telecommunications', 'internet', 'satellite', 'space',
  'mission', 'progress', 'milestone', 'achievement', 'challenge', 'risk', 'concerns', 'criticism',
  'debate', 'dialogue', 'consultation', 'negotiations', 'talks', 'deal', 'contract', 'tender',
  'bid', 'award', 'prize', 'scholarship', 'fellowship', 'workshop', 'course', 'curriculum',
  'skills', 'jobs', 'employment', 'income', 'poverty', 'welfare',
];

// biome-ignore format: a word list reads better filled
const ADJECTIVES = [
  'international', 'global', 'local', 'scientific', 'bilateral', 'strategic', 'leading',
  'essential', 'extensive', 'efficient', 'successful', 'reproducible', 'overseas', 'related',
  'key', 'various', 'several', 'genetic', 'infectious', 'medical', 'diagnostic', 'structured',
  'technical', 'young', 'humble', 'current', 'mutual', 'strong', 'formal', 'inclusive',
  'dedicated', 'shared', 'virtual', 'emergency', 'registered', 'powerful', 'human', 'developed',
  'developing', 'economic', 'regional', 'national', 'joint', 'new', 'first', 'major', 'large',
  'small', 'public', 'private', 'digital', 'sustainable', 'green', 'modern', 'advanced',
  'innovative', 'comprehensive', 'long-term', 'annual', 'official', 'senior', 'deputy', 'chief',
  'executive', 'rural', 'urban', 'industrial', 'agricultural', 'clinical', 'molecular', 'precise',
  'affordable', 'accessible', 'reliable', 'secure', 'transparent', 'open', 'ambitious',
  'historic', 'recent', 'upcoming', 'ongoing', 'practical', 'concrete', 'broad', 'deep', 'rapid',
  'steady', 'significant', 'important', 'critical', 'vital', 'multilateral', 'cross-border',
  'high-quality', 'low-cost', 'cutting-edge', 'world-class', 'state-owned', 'independent',
];

// biome-ignore format: a word list reads better filled
const VERBS = [
  'announced', 'launched', 'signed', 'discussed', 'visited', 'welcomed', 'reaffirmed', 'expanded',
  'supported', 'promoted', 'established', 'accelerated', 'attended', 'hosted', 'organized',
  'presented', 'unveiled', 'completed', 'opened', 'introduced', 'approved', 'endorsed',
  'strengthened', 'improved', 'delivered', 'developed', 'built', 'funded', 'praised', 'proposed',
  'explored', 'reviewed', 'highlighted', 'emphasized', 'outlined', 'detailed', 'shared',
  'pledged', 'committed', 'agreed', 'encouraged', 'urged', 'called for', 'backed', 'joined',
  'led', 'managed', 'coordinated', 'facilitated', 'initiated', 'carried out', 'stepped up',
  'set up', 'rolled out', 'took part in', 'focused on', 'invested in', 'reported', 'confirmed',
];

// biome-ignore format: a word list reads better filled
const INFINITIVES = [
  'promote', 'support', 'build', 'develop', 'strengthen', 'improve', 'expand', 'empower',
  'connect', 'train', 'protect', 'prevent', 'reduce', 'increase', 'advance', 'deepen', 'share',
  'establish', 'accelerate', 'transform', 'address', 'deliver', 'enhance', 'boost', 'foster',
];

// biome-ignore format: a word list reads better filled
const CONNECTORS = [
  'Meanwhile', 'However', 'In addition', 'At the same time', 'Moreover', 'As a result',
  'In line with the plan', 'Under the agreement', 'Following the meeting', 'For its part',
];

// biome-ignore format: a word list reads better filled
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

// biome-ignore format: a word list reads better filled
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'shi', 'zan', 'qui', 'dor', 'bel', 'nix', 'por', 'sen',
  'tu', 'gra', 'fen', 'lu', 'mar', 'tel', 'ox', 'ul', 'cro', 'dia', 'ven', 'rho', 'sta', 'pli',
];

// biome-ignore format: a word list reads better filled
const FIRST_NAMES = [
  'Wei', 'Li', 'Ahmed', 'Fatima', 'Zhang', 'Ayesha', 'Omar', 'Mei', 'Hassan', 'Sara', 'Jun',
  'Imran', 'Lin', 'Bilal', 'Hua', 'Nadia', 'Tariq', 'Yan', 'Sana', 'Kamal', 'Xin', 'Rashid',
  'Ling', 'Zainab', 'Feng', 'Usman', 'Jing', 'Amina', 'Hao', 'Farah', 'Chen', 'Asif', 'Ying',
  'Maryam', 'Bo', 'Khalid', 'Yu', 'Hina', 'Tao', 'Saad', 'Qing', 'Rabia', 'Kai', 'Noor', 'Maria',
  'John', 'Elena', 'David', 'Anna', 'Peter', 'Sofia', 'Michael', 'Olga', 'James',
];

// biome-ignore format: a word list reads better filled
const SURNAMES = [
  'Wang', 'Khan', 'Liu', 'Ahmed', 'Chen', 'Malik', 'Zhao', 'Hussain', 'Huang', 'Qureshi', 'Zhou',
  'Sheikh', 'Wu', 'Butt', 'Xu', 'Raza', 'Sun', 'Iqbal', 'Ma', 'Akhtar', 'Zhu', 'Javed', 'Hu',
  'Nawaz', 'Guo', 'Siddiqui', 'He', 'Aslam', 'Gao', 'Rehman', 'Lin', 'Abbasi', 'Luo', 'Chaudhry',
  'Zheng', 'Mirza', 'Liang', 'Baig', 'Xie', 'Shah', 'Song', 'Anwar', 'Tang', 'Yousaf', 'Han',
  'Smith', 'Petrova', 'Garcia', 'Müller', 'Novak', 'Rossi', 'Silva', 'Kowalski', 'Nguyen',
];

// biome-ignore format: a word list reads better filled
const PLACES = [
  'Shenzhen', 'Pakistan', 'China', 'Beijing', 'Islamabad', 'Karachi', 'Lahore', 'Gwadar',
  'Shanghai', 'Guangzhou', 'Hong Kong', 'Wuhan', 'Chengdu', 'Xinjiang', 'Urumqi', 'Kashgar',
  'Peshawar', 'Quetta', 'Faisalabad', 'Multan', 'Rawalpindi', 'Sri Lanka', 'Colombo',
  'Bangladesh', 'Dhaka', 'Nepal', 'Kathmandu', 'Kazakhstan', 'Almaty', 'Uzbekistan', 'Tashkent',
  'Kenya', 'Nairobi', 'Ethiopia', 'Addis Ababa', 'Egypt', 'Cairo', 'Nigeria', 'Lagos', 'Malaysia',
  'Kuala Lumpur', 'Indonesia', 'Jakarta', 'Thailand', 'Bangkok', 'Cambodia', 'Phnom Penh', 'Laos',
  'Vientiane', 'Myanmar', 'Yangon', 'Iran', 'Tehran', 'Turkey', 'Istanbul', 'Greece', 'Piraeus',
  'Serbia', 'Belgrade', 'Hungary', 'Budapest', 'Italy', 'Rome', 'Russia', 'Moscow', 'Mongolia',
  'Ulaanbaatar', 'South Asia', 'Central Asia', 'Africa', 'Europe', 'Zürich', 'São Paulo',
  'Brazil', 'Chile', 'Santiago', 'Peru', 'Lima', 'Argentina', 'Buenos Aires', 'Saudi Arabia',
  'Riyadh', 'United Arab Emirates', 'Dubai', 'Oman', 'Muscat', 'Qatar', 'Doha', 'Singapore',
];

// biome-ignore format: a word list reads better filled
const FIELDS = [
  'Genomics', 'Life Sciences', 'Public Health', 'Biotechnology', 'Agriculture', 'Marine Science',
  'Precision Medicine', 'Infectious Diseases', 'Economic Studies', 'Development', 'Engineering',
  'Energy', 'Data Science', 'Education', 'Trade', 'Logistics', 'Climate Research', 'Medicine',
];

// biome-ignore format: a word list reads better filled
const OUTLETS = [
  'Gwadar Pro', 'China Daily', 'Xinhua', 'Dawn', 'The Express Tribune', 'Global Times',
  'The News International', 'Business Recorder', 'South China Morning Post', 'CGTN',
  'Pakistan Today', 'The Nation', 'Daily Times', 'Asia Times', 'The Diplomat', 'Nikkei Asia',
  'Reuters', 'Associated Press', 'Caixin', 'Shenzhen Daily',
];

const SEED_ENTITIES: [
  string,
  EntityType,
  string,
  [string, 'short-name' | 'abbreviation' | 'name'][],
][] = [
  [
    'bgi-group',
    'organization',
    'BGI Group',
    [
      ['BGI', 'short-name'],
      ['Beijing Genomics Institute', 'name'],
    ],
  ],
  [
    'belt-and-road-initiative',
    'initiative',
    'Belt and Road Initiative',
    [
      ['Belt and Road', 'short-name'],
      ['BRI', 'abbreviation'],
    ],
  ],
  ['belt-and-road-forum', 'event', 'Belt and Road Forum', []],
  [
    'cciee',
    'organization',
    'China Center for International Economic Exchanges',
    [['CCIEE', 'abbreviation']],
  ],
  [
    'brisd',
    'organization',
    'Belt and Road Initiative for Sustainable Development',
    [['BRISD', 'abbreviation']],
  ],
  ['zhang-xiaoqiang', 'person', 'Zhang Xiaoqiang', []],
  ['xu-chaoyou', 'person', 'Xu Chaoyou', []],
  ['li-jinbo', 'person', 'Li Jinbo', []],
  ['qaiser-nawab', 'person', 'Qaiser Nawab', [['Nawab', 'short-name']]],
  ['mao-zhixia', 'person', 'Mao Zhixia', []],
  ['virtual-blood-bank-centre', 'work', 'Virtual Blood Bank Centre', []],
  [
    'china-pakistan-economic-corridor',
    'initiative',
    'China Pakistan Economic Corridor',
    [['CPEC', 'abbreviation']],
  ],
];

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Rare words for the long tail of a real vocabulary: pronounceable, deterministic, and distinct
 * from the listed words.
 */
function pseudoWords(count: number, seed: number, stream: number, suffix = ''): string[] {
  const random = createRandom(seed, stream);
  const listed = new Set([...NOUNS, ...ADJECTIVES]);
  const words = new Set<string>();
  while (words.size < count) {
    const parts = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += pick(random, SYLLABLES);
    word += suffix;
    if (!listed.has(word)) words.add(word);
  }
  return [...words];
}

// ---------------------------------------------------------------------------------------------
// Entities

interface GeneratedEntity {
  entity: Entity;
  /** The names the text may use for it (name first). */
  names: string[];
}

/**
 * Words are drawn by Zipf's law (weight 1/rank) over the listed words followed by a long tail of
 * rare ones, as in real text: a few topical words are in a large share of sentences, a typical
 * listed word in a fraction of a percent, and most of the vocabulary is rare.
 */
const NOUN_TAIL = 20_000;
const ADJECTIVE_TAIL = 4_000;

interface Vocabulary {
  nouns: Zipf<string>;
  rare: readonly string[];
  adjectives: Zipf<string>;
  verbs: Zipf<string>;
  people: Zipf<GeneratedEntity>;
  organizations: Zipf<GeneratedEntity>;
  places: Zipf<GeneratedEntity>;
  outlets: Zipf<GeneratedEntity>;
  initiatives: Zipf<GeneratedEntity>;
  events: Zipf<GeneratedEntity>;
  works: Zipf<GeneratedEntity>;
  entities: Entity[];
}

const vocabularies = new Map<number, Vocabulary>();

function makeEntity(
  id: string,
  type: EntityType,
  name: string,
  aliases: [string, 'short-name' | 'abbreviation' | 'name'][] = [],
): GeneratedEntity {
  return {
    entity: {
      id,
      type,
      name,
      aliases: aliases.map(([text, kind]) => ({ text, kind })),
      description: null,
      roles: [],
      externalIds: {},
      origin: 'curated',
    },
    names: [name, ...aliases.map(([text]) => text)],
  };
}

/** The entities and word lists of a seed; the same seed always gives the same ones. */
function vocabulary(seed: number): Vocabulary {
  const cached = vocabularies.get(seed);
  if (cached) return cached;
  const random = createRandom(seed, 1);
  const used = new Set<string>();
  const all: GeneratedEntity[] = [];
  const add = (generated: GeneratedEntity) => {
    if (used.has(generated.entity.id) || generated.entity.id === '') return null;
    used.add(generated.entity.id);
    all.push(generated);
    return generated;
  };
  const byType = new Map<EntityType, GeneratedEntity[]>();
  const keep = (generated: GeneratedEntity | null) => {
    if (!generated) return;
    const list = byType.get(generated.entity.type) ?? [];
    list.push(generated);
    byType.set(generated.entity.type, list);
  };
  for (const [id, type, name, aliases] of SEED_ENTITIES)
    keep(add(makeEntity(id, type, name, aliases)));
  for (const place of PLACES) keep(add(makeEntity(slug(place), 'place', place)));
  for (const outlet of OUTLETS) keep(add(makeEntity(slug(outlet), 'outlet', outlet)));
  for (let i = 0; i < 1500; i++) {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, SURNAMES);
    const name = `${first} ${last}`;
    keep(add(makeEntity(slug(name), 'person', name, [[last, 'short-name']])));
  }
  for (let i = 0; i < 600; i++) {
    const place = pick(random, PLACES);
    const field = pick(random, FIELDS);
    const shape = Math.floor(random() * 4);
    const name =
      shape === 0
        ? `${place} Institute of ${field}`
        : shape === 1
          ? `${field} Council of ${place}`
          : shape === 2
            ? `${pick(random, SURNAMES)} ${field} Group`
            : `${place} ${field} Centre`;
    keep(add(makeEntity(slug(name), 'organization', name)));
  }
  for (let i = 0; i < 150; i++) {
    const name = `${pick(random, PLACES)} ${pick(random, FIELDS)} ${pick(random, ['Summit', 'Forum', 'Expo', 'Conference'])}`;
    keep(add(makeEntity(slug(name), 'event', name)));
  }
  for (let i = 0; i < 60; i++) {
    const name = `${pick(random, ['Digital', 'Green', 'Health', 'Maritime', 'Space'])} ${pick(random, ['Silk Road', 'Corridor', 'Partnership', 'Compact'])} of ${pick(random, PLACES)}`;
    keep(add(makeEntity(slug(name), 'initiative', name)));
  }
  const rare = pseudoWords(NOUN_TAIL, seed, 7);
  const rareAdjectives = pseudoWords(ADJECTIVE_TAIL, seed, 8, 'ic');
  for (let i = 0; i < 200; i++) {
    const name = `${capitalise(pick(random, rare))} ${pick(random, ['Platform', 'Database', 'Sequencer', 'Report', 'Programme'])}`;
    keep(add(makeEntity(slug(name), 'work', name)));
  }
  const zipf = (type: EntityType) => new Zipf(byType.get(type) ?? [], 0.9);
  const built: Vocabulary = {
    nouns: new Zipf([...NOUNS, ...rare], 1),
    rare,
    adjectives: new Zipf([...ADJECTIVES, ...rareAdjectives], 1),
    verbs: new Zipf(VERBS, 0.8),
    people: zipf('person'),
    organizations: zipf('organization'),
    places: zipf('place'),
    outlets: zipf('outlet'),
    initiatives: zipf('initiative'),
    events: zipf('event'),
    works: zipf('work'),
    entities: all.map((generated) => generated.entity),
  };
  vocabularies.set(seed, built);
  return built;
}

/** The entities of a generated corpus (the same for every size with the same seed). */
export function generateEntities(seed: number): Entity[] {
  return vocabulary(seed).entities.map((entity) => structuredClone(entity));
}

// ---------------------------------------------------------------------------------------------
// Documents

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Builds a text and its annotations together, so every span is exact by construction. */
class DocumentWriter {
  text = '';
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  readonly mentions: Mention[] = [];
  readonly temporals: TemporalExpression[] = [];
  readonly quotes: Quote[] = [];
  readonly quantities: Quantity[] = [];
  private paragraphStart = 0;
  private sentenceStart = 0;

  constructor(
    private readonly random: () => number,
    private readonly vocabulary: Vocabulary,
    readonly published: { year: number; month: number; day: number } | null,
  ) {}

  anchor(span: Span) {
    return {
      exact: this.text.slice(span.start, span.end),
      prefix: this.text.slice(Math.max(0, span.start - 32), span.start),
      suffix: '',
    };
  }

  /** Suffixes depend on text written later, so anchors are completed at the end. */
  finishAnchors(): void {
    const complete = (item: { span: Span; anchor: { suffix: string } }) => {
      item.anchor.suffix = this.text.slice(item.span.end, item.span.end + 32);
    };
    this.mentions.forEach(complete);
    this.temporals.forEach(complete);
    this.quotes.forEach((quote) => {
      complete(quote);
      if (quote.cue) complete(quote.cue);
    });
    this.quantities.forEach(complete);
  }

  private currentSentenceId(): string {
    return `s-${this.sentences.length}`;
  }

  write(text: string): void {
    this.text += text;
  }

  mention(generated: GeneratedEntity, useAlias = false): string {
    const names = generated.names;
    const name = useAlias && names.length > 1 ? (names[1] ?? names[0] ?? '') : (names[0] ?? '');
    const span = { start: this.text.length, end: this.text.length + name.length };
    this.text += name;
    this.mentions.push({
      id: `m-${span.start}-${span.end}`,
      span,
      anchor: this.anchor(span),
      sentenceId: this.currentSentenceId(),
      entityId: generated.entity.id,
      origin: 'curated',
      confidence: 1,
    });
    return generated.entity.id;
  }

  temporal(written: string, text: string, resolution: DateResolution): void {
    const span = { start: this.text.length, end: this.text.length + text.length };
    this.text += text;
    this.temporals.push({
      id: `t-${span.start}-${span.end}`,
      span,
      anchor: this.anchor(span),
      sentenceId: this.currentSentenceId(),
      written,
      resolution,
      origin: 'rule',
    });
  }

  quantity(value: number, unit: string, qualifier: Quantity['qualifier']): void {
    const words = { exact: '', over: 'over ', about: 'about ', 'at-least': 'at least ' } as Record<
      string,
      string
    >;
    const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const text = `${words[qualifier] ?? ''}${digits} ${unit}`;
    const span = { start: this.text.length, end: this.text.length + text.length };
    this.text += text;
    this.quantities.push({
      id: `n-${span.start}-${span.end}`,
      span,
      anchor: this.anchor(span),
      sentenceId: this.currentSentenceId(),
      value,
      unit,
      qualifier,
      origin: 'rule',
    });
  }

  startSentence(): void {
    this.sentenceStart = this.text.length;
  }

  endSentence(): void {
    const index = this.sentences.length;
    this.sentences.push({
      id: `s-${index}`,
      index,
      paragraphId: `p-${this.paragraphs.length}`,
      span: { start: this.sentenceStart, end: this.text.length },
    });
  }

  startParagraph(): void {
    if (this.text.length > 0) this.text += '\n\n';
    this.paragraphStart = this.text.length;
  }

  endParagraph(role: ParagraphRole): void {
    const index = this.paragraphs.length;
    this.paragraphs.push({
      id: `p-${index}`,
      index,
      role,
      span: { start: this.paragraphStart, end: this.text.length },
      variantOf: null,
    });
  }

  // --- words

  noun(): string {
    return this.vocabulary.nouns.draw(this.random);
  }

  adjective(): string {
    return this.vocabulary.adjectives.draw(this.random);
  }

  indefinite(word: string): string {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
  }

  /** A date phrase at the start of a sentence ("On June 8, "), annotated. */
  datePhrase(): void {
    const random = this.random;
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const monthName = MONTHS[month - 1] ?? 'May';
    const pad = (n: number) => String(n).padStart(2, '0');
    const published = this.published;
    const kind = Math.floor(random() * 6);
    if (kind <= 1) {
      this.write('On ');
      const written = `XXXX-${pad(month)}-${pad(day)}`;
      this.temporal(
        written,
        `${monthName} ${day}`,
        published
          ? {
              status: 'resolved',
              date: { value: `${published.year}-${pad(month)}-${pad(day)}`, precision: 'day' },
              basis: 'publication-date',
              explanation: 'The text gives no year; it is the year of publication.',
              evidence: [],
            }
          : {
              status: 'unresolved',
              reason: 'The text gives no year and the publication date is unknown.',
            },
      );
      this.write(', ');
    } else if (kind === 2) {
      const year = 2012 + Math.floor(random() * 14);
      this.write('In ');
      this.temporal(`${year}-${pad(month)}`, `${monthName} ${year}`, {
        status: 'resolved',
        date: { value: `${year}-${pad(month)}`, precision: 'month' },
        basis: 'explicit',
        explanation: 'The text states the month and year.',
        evidence: [],
      });
      this.write(', ');
    } else if (kind === 3) {
      const year = 2012 + Math.floor(random() * 14);
      this.write('In ');
      this.temporal(`${year}`, `${year}`, {
        status: 'resolved',
        date: { value: `${year}`, precision: 'year' },
        basis: 'explicit',
        explanation: 'The text states the year.',
        evidence: [],
      });
      this.write(', ');
    } else if (kind === 4) {
      const year = 2012 + Math.floor(random() * 14);
      this.write('On ');
      this.temporal(`${year}-${pad(month)}-${pad(day)}`, `${day} ${monthName} ${year}`, {
        status: 'resolved',
        date: { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' },
        basis: 'explicit',
        explanation: 'The text states the full date.',
        evidence: [],
      });
      this.write(', ');
    } else {
      this.temporal(
        'XXXX',
        'Earlier this year',
        published
          ? {
              status: 'resolved',
              date: { value: `${published.year}`, precision: 'year' },
              basis: 'publication-date',
              explanation: '"This year" is the year of publication.',
              evidence: [],
            }
          : {
              status: 'unresolved',
              reason: '"This year" needs a publication date, which is unknown.',
            },
      );
      this.write(', ');
    }
  }

  /** The subject of a sentence; returns the entity ids it mentions. */
  subject(ids: string[]): void {
    const v = this.vocabulary;
    const random = this.random;
    const r = random();
    if (r < 0.22) {
      ids.push(this.mention(v.people.draw(random), random() < 0.3));
      if (random() < 0.3) {
        this.write(`, ${capitalise(this.adjective())} Director of `);
        ids.push(this.mention(v.organizations.draw(random), random() < 0.3));
        this.write(',');
      }
    } else if (r < 0.45) {
      ids.push(this.mention(v.organizations.draw(random), random() < 0.4));
    } else if (r < 0.55) {
      this.write(
        `${pick(random, ['Officials from', 'Representatives of', 'Researchers at', 'A delegation from'])} `,
      );
      ids.push(this.mention(v.organizations.draw(random), random() < 0.4));
    } else {
      const article = this.text.length === this.sentenceStart ? 'The' : 'the';
      this.write(`${article} ${this.adjective()} ${this.noun()}`);
    }
  }

  object(ids: string[]): void {
    const random = this.random;
    const r = random();
    if (r < 0.45) this.write(`${this.indefinite(this.adjective())} ${this.noun()} ${this.noun()}`);
    else if (r < 0.7) this.write(`the ${this.noun()} of ${this.adjective()} ${this.noun()}`);
    else if (r < 0.85) this.write(`plans for ${this.adjective()} ${this.noun()}`);
    else if (r < 0.9) ids.push(this.mention(this.vocabulary.works.draw(random)));
    else {
      this.quantity(
        10 * (1 + Math.floor(random() * 5000)),
        `${this.noun()}`,
        pick(random, ['exact', 'over', 'about', 'at-least'] as const),
      );
    }
  }

  tail(ids: string[]): void {
    const v = this.vocabulary;
    const random = this.random;
    const r = random();
    if (r < 0.22) {
      this.write(' in ');
      ids.push(this.mention(v.places.draw(random)));
    } else if (r < 0.3) {
      this.write(' with ');
      ids.push(this.mention(v.organizations.draw(random), random() < 0.4));
    } else if (r < 0.38) {
      this.write(' along the “');
      ids.push(this.mention(v.initiatives.items[0] ?? v.initiatives.draw(random), true));
      this.write('”');
    } else if (r < 0.42) {
      this.write(' during the ');
      ids.push(this.mention(v.events.draw(random)));
    } else if (r < 0.7) {
      this.write(` to ${pick(random, INFINITIVES)} ${this.adjective()} ${this.noun()}`);
    } else {
      this.write(` for ${this.adjective()} ${this.noun()} and ${this.noun()}`);
    }
  }

  /** One body sentence. Returns the entity ids it mentions. */
  bodySentence(): string[] {
    const random = this.random;
    const ids: string[] = [];
    this.startSentence();
    if (random() < 0.1) {
      // “<clause>,” said <person>.
      this.write('“');
      const start = this.text.length;
      this.write(
        `We will ${pick(random, INFINITIVES)} ${this.adjective()} ${this.noun()} with our ${this.noun()}`,
      );
      const span = { start, end: this.text.length };
      this.write(',” ');
      const cueStart = this.text.length;
      this.write('said');
      const cue = { start: cueStart, end: this.text.length };
      this.write(' ');
      const speaker = this.mention(this.vocabulary.people.draw(random), random() < 0.5);
      ids.push(speaker);
      this.write('.');
      this.quotes.push({
        id: `q-${span.start}-${span.end}`,
        span,
        anchor: this.anchor(span),
        sentenceId: this.currentSentenceId(),
        kind: 'speech',
        speakerEntityId: speaker,
        cue: { span: cue, anchor: this.anchor(cue) },
        origin: 'rule',
        confidence: 0.9,
      });
      this.endSentence();
      return ids;
    }
    const opening = random();
    if (opening < 0.14) this.datePhrase();
    else if (opening < 0.2) {
      this.write('According to ');
      ids.push(this.mention(this.vocabulary.outlets.draw(random)));
      this.write(', ');
    } else if (opening < 0.32) this.write(`${pick(random, CONNECTORS)}, `);
    this.subject(ids);
    this.write(` ${this.vocabulary.verbs.draw(random)} `);
    this.object(ids);
    const tails = 1 + Math.floor(random() * 3);
    for (let i = 0; i < tails; i++) this.tail(ids);
    this.write('.');
    this.endSentence();
    return ids;
  }
}

function publicationDate(random: () => number) {
  if (random() < 0.15) return null;
  return {
    year: 2013 + Math.floor(random() * 13),
    month: 1 + Math.floor(random() * 12),
    day: 1 + Math.floor(random() * 28),
  };
}

const EVENT_TYPES: EventType[] = [
  'meeting',
  'visit',
  'conference',
  'announcement',
  'launch',
  'agreement',
  'training',
  'other',
];

/** The id of the n-th generated document. Ids sort like their numbers. */
export function documentId(index: number): string {
  return `gen-${String(index).padStart(7, '0')}`;
}

/**
 * One generated document (and, for every 25th, an event it reports). Each document has its own
 * random stream, so any document can be regenerated alone.
 */
export function generateDocument(
  index: number,
  seed: number,
): { document: Document; event: Event | null } {
  const v = vocabulary(seed);
  const random = createRandom(seed, index + 1000);
  const id = documentId(index);
  const published = publicationDate(random);
  const writer = new DocumentWriter(random, v, published);

  // Headline.
  writer.startParagraph();
  writer.startSentence();
  const subject = v.organizations.draw(random);
  writer.mention(subject, random() < 0.3);
  writer.write(
    ` ${capitalise(v.verbs.draw(random))} ${capitalise(writer.adjective())} ${capitalise(writer.noun())} in `,
  );
  writer.mention(v.places.draw(random));
  writer.endSentence();
  writer.endParagraph('headline');
  const title = writer.text;

  let deck: string | null = null;
  if (random() < 0.4) {
    writer.startParagraph();
    const start = writer.text.length;
    writer.startSentence();
    writer.mention(subject, true);
    writer.write(` to ${pick(random, INFINITIVES)} ${writer.adjective()} ${writer.noun()} in `);
    writer.mention(v.places.draw(random));
    writer.write(' and beyond');
    writer.endSentence();
    writer.endParagraph('deck');
    deck = writer.text.slice(start);
  }
  let byline: string | null = null;
  if (random() < 0.3) {
    writer.startParagraph();
    const start = writer.text.length;
    writer.startSentence();
    writer.write(`By ${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`);
    writer.endSentence();
    writer.endParagraph('byline');
    byline = writer.text.slice(start);
  }

  const sentenceEntities: string[][] = [];
  const bodyStart = writer.sentences.length;
  const paragraphs = 5 + Math.floor(random() * 4);
  for (let p = 0; p < paragraphs; p++) {
    writer.startParagraph();
    const count = 2 + Math.floor(random() * 4);
    for (let s = 0; s < count; s++) {
      if (s > 0) writer.write(' ');
      sentenceEntities.push(writer.bodySentence());
    }
    writer.endParagraph('body');
  }
  writer.finishAnchors();

  const text = writer.text;
  const digest = sha256(text);
  const source: Document['source'] = {
    fileName: `${id}.txt`,
    rawDigest: digest,
    publisher:
      random() < 0.6
        ? {
            status: 'known',
            value: pick(random, OUTLETS),
            basis: 'supplied',
            note: 'Generated.',
            evidence: [],
          }
        : { status: 'unknown', reason: 'The generated file names no publisher.' },
    url:
      random() < 0.5
        ? {
            status: 'known',
            value: `https://news.example/${id}`,
            basis: 'supplied',
            note: 'Generated.',
            evidence: [],
          }
        : { status: 'unknown', reason: 'The generated file has no URL.' },
    published: published
      ? {
          status: 'resolved',
          date: {
            value: `${published.year}-${String(published.month).padStart(2, '0')}-${String(published.day).padStart(2, '0')}`,
            precision: 'day',
          },
          basis: 'supplied',
          explanation: 'The generated sidecar gives the date.',
          evidence: [],
        }
      : { status: 'unresolved', reason: 'The generated file has no date.' },
    citedOutlet: { status: 'unknown', reason: 'Not generated.' },
  };
  const document: Document = {
    id,
    language: 'en',
    title,
    deck,
    credit: null,
    byline,
    text,
    textDigest: digest,
    source,
    normalisation: [],
    paragraphs: writer.paragraphs,
    sentences: writer.sentences,
    structureMarks: [],
    mentions: writer.mentions,
    temporalExpressions: writer.temporals,
    quotes: writer.quotes,
    quantities: writer.quantities,
  };

  let event: Event | null = null;
  if (index % 25 === 0) {
    const choice = sentenceEntities.findIndex((ids) => ids.length > 0);
    const sentence = writer.sentences[bodyStart + Math.max(0, choice)];
    if (sentence && choice >= 0) {
      const ids = [...new Set(sentenceEntities[choice])];
      const temporal = writer.temporals.find((t) => t.sentenceId === sentence.id);
      const place = ids.find((entityId) => v.places.items.some((g) => g.entity.id === entityId));
      event = {
        id: `event-${id}`,
        type: pick(random, EVENT_TYPES),
        summary: text.slice(sentence.span.start, sentence.span.end).slice(0, 160),
        date: temporal
          ? temporal.resolution
          : { status: 'unresolved', reason: 'The report does not date it.' },
        placeId: place ?? null,
        participants: ids
          .filter((entityId) => entityId !== place)
          .slice(0, 3)
          .map((entityId) => ({ entityId, role: null })),
        evidence: [{ documentId: id, sentenceId: sentence.id }],
        origin: 'rule',
      };
    }
  }
  return { document, event };
}

/** The documents of a corpus, one at a time; `events` collects the events they report. */
export function* generateDocuments(
  options: GenerateOptions,
  events?: Event[],
): Generator<Document> {
  for (let index = 0; index < options.documents; index++) {
    const { document, event } = generateDocument(index, options.seed);
    if (event && events) events.push(event);
    yield document;
  }
}

/** A corpus in parts for buildCorpusIndexFromParts: documents are generated while it reads them. */
export function generateCorpusParts(options: GenerateOptions): CorpusParts {
  const events: Event[] = [];
  return {
    schemaVersion: '1.0.0',
    name: `generated corpus (${options.documents} documents, seed ${options.seed})`,
    description: 'Generated news-like documents for benchmarks.',
    entities: generateEntities(options.seed),
    documents: { [Symbol.iterator]: () => generateDocuments(options, events) },
    events: () => events,
  };
}

/** A whole generated corpus, valid against the model. Meant for small sizes (all in memory). */
export function generateCorpus(options: GenerateOptions): Corpus {
  const events: Event[] = [];
  const documents = [...generateDocuments(options, events)];
  const entities = generateEntities(options.seed);
  const mentionCounts = new Map<string, number>();
  const documentIds = new Map<string, string[]>();
  const range: { earliest: CalendarDate | null; latest: CalendarDate | null } = {
    earliest: null,
    latest: null,
  };
  const note = (date: DateResolution) => {
    if (date.status !== 'resolved') return;
    if (!range.earliest || date.date.value < range.earliest.value) range.earliest = date.date;
    if (!range.latest || date.date.value > range.latest.value) range.latest = date.date;
  };
  for (const document of documents) {
    for (const mention of document.mentions) {
      mentionCounts.set(mention.entityId, (mentionCounts.get(mention.entityId) ?? 0) + 1);
      const list = documentIds.get(mention.entityId) ?? [];
      if (list[list.length - 1] !== document.id) list.push(document.id);
      documentIds.set(mention.entityId, list);
    }
    for (const expression of document.temporalExpressions) note(expression.resolution);
  }
  for (const event of events) note(event.date);
  const entityCountByType: Corpus['index']['entityCountByType'] = {};
  for (const entity of entities) {
    entityCountByType[entity.type] = (entityCountByType[entity.type] ?? 0) + 1;
  }
  return {
    schemaVersion: '1.0.0',
    name: `generated corpus (${options.documents} documents, seed ${options.seed})`,
    description: 'Generated news-like documents for benchmarks.',
    documents,
    entities,
    events,
    identityDecisions: [],
    index: {
      documentCount: documents.length,
      mentionCount: documents.reduce((sum, document) => sum + document.mentions.length, 0),
      entityCountByType,
      entities: entities.map((entity) => ({
        entityId: entity.id,
        mentionCount: mentionCounts.get(entity.id) ?? 0,
        documentIds: documentIds.get(entity.id) ?? [],
      })),
      dateRange:
        range.earliest && range.latest ? { earliest: range.earliest, latest: range.latest } : null,
    },
  };
}

/** Words that occur in generated text, for building benchmark queries. */
export function generatedVocabulary(seed: number): {
  nouns: readonly string[];
  adjectives: readonly string[];
  verbs: readonly string[];
  rare: readonly string[];
  entities: readonly Entity[];
  /** Draws a noun as often as the generator writes it. */
  drawNoun: (random: () => number) => string;
} {
  const v = vocabulary(seed);
  return {
    nouns: NOUNS,
    adjectives: ADJECTIVES,
    verbs: VERBS,
    rare: v.rare,
    entities: v.entities,
    drawNoun: (random) => v.nouns.draw(random),
  };
}
