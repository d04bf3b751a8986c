/**
 * A small valid corpus for the query tests, made of real excerpts of the two seed articles
 * (/work/shared/seeds). Spans are found in the text, never typed, so the fixture cannot drift from
 * its own text. Where the seeds say nothing (a publication date, a publisher) the fixture states
 * values of its own, marked as such in their explanations.
 */
import { createHash } from 'node:crypto';
import type {
  Corpus,
  DateResolution,
  Document,
  Entity,
  Event,
  Mention,
  Paragraph,
  ParagraphRole,
  Sentence,
  Span,
  TemporalExpression,
} from '@genebelt/model';

/** Seed 000: headline, its repeated variant, and three body paragraphs. */
export const SEED_000_TEXT = [
  'BGI Plays an Active Part in the Construction of the “Belt and Road”',
  'BGI Group Plays an Active Part in the Construction of the “Belt and Road”',
  'The “Storage, Reading and Writing” of genes is a scientific cornerstone and engine of life science innovation into the future, with the promise of significantly improving the health of people in both developed and developing countries along the “Belt and Road.” As the world’s leading R&D and genomics organization, BGI Group has accelerated efforts in the “Belt and Road” initiative, following its participation in the Belt and Road Forum for International Cooperation in May.',
  'On June 8, BGI Group was invited to attend a seminar focusing on the construction of the “Belt and Road” in Shenzhen. As a “leading Shenzhen-based enterprise” BGI Group has a powerful brand and can leverage cutting-edge technology to address essential issues of human development, including sanitation, health and agriculture.',
  'On June 15, representatives of BGI Group were warmly welcomed by Zhang Xiaoqiang, Executive Vice President and Director of the Executive Board of China Center for International Economic Exchanges (CCIEE), Xu Chaoyou, Director-General of the Department of Exchange of CCIEE, Li Jinbo, Deputy Director-General of the Department of Industrial Planning.. As a follow up to the Belt and Road Forum, Zhang Xiaoqiang heard BGI Group’s report on its activities and vision around the construction of the “Belt and Road,” and provided his feedback on how to promote the implementation of various tasks in the next stage, noting that BGI Group’s vision for the construction of the “Belt and Road” aligns with the nation’s strategic direction.',
].join('\n\n');

/** Seed 002: headline, deck, credit, repeated headline and four body paragraphs. */
export const SEED_002_TEXT = [
  'China’s BGI Launches Training for Young Pakistani Researchers',
  'BGI to build scientific capacity for youth in Pakistan and beyond',
  'P.c. China Pakistan Economic Corridor',
  'China’s BGI Launches Training for Young Pakistani Researchers',
  'The Beijing Genomics Institute (BGI), the world’s leading genomics research institution, is stepping up efforts to empower young Pakistani scientists by initiating structured training collaborations. According to Gwadar Pro, BGI is committed to supporting scientific capacity building by offering hands-on programs and technical expertise, especially in genomics, health diagnostics, and biotechnology.',
  "Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development (BRISD), visited BGI’s Shenzhen headquarters to discuss opportunities for bilateral cooperation. He was welcomed by Mao Zhixia, BGI's Senior Official and Head of South Asia Affairs, who detailed the Institute’s rise from humble beginnings to its current global leadership in gene sequencing and precision health.",
  'Both parties shared a vision of mutual growth in global health innovation. They expressed strong interest in establishing formal frameworks to support training initiatives for researchers from Pakistan and other BRI countries.',
  'In a related initiative, Nawab also announced Pakistan’s first Virtual Blood Bank Centre, aimed at transforming emergency response by connecting patients with over 30,000 registered blood donors via a dedicated emergency helpline.',
].join('\n\n');

/** Seed 000 again, a later paragraph only, as a third document from another (stated) outlet. */
export const SEED_000_FOLLOW_UP_TEXT = [
  'BGI Group to Carry Out Key Projects Along the “Belt and Road”',
  'BGI Group remains focused on strengthening genomics-based precision medicine, improving the diagnostic ability of local medical institutions, supporting birth defect screening, and stepping up the prevention of genetic diseases and infectious diseases in local communities, in order to promote the health of local people. In line with the requirements of the Belt and Road Forum, BGI Group will carry out related key projects, including establishing gene banks and cell centers, preserving marine resources, and building overseas innovation centers, and international gene consortia.',
].join('\n\n');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
export function find(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} #${occurrence} not in text`);
  }
  return { start, end: start + needle.length };
}

function quoteAt(text: string, span: Span) {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - 32), span.start),
    suffix: text.slice(span.end, span.end + 32),
  };
}

/** Paragraphs at blank lines; body paragraphs split into sentences after ". " before a capital. */
function structure(
  text: string,
  roles: ParagraphRole[],
): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  text.split('\n\n').forEach((block, index) => {
    const role = roles[index] ?? 'body';
    const id = `p-${index}`;
    paragraphs.push({
      id,
      index,
      role,
      span: { start, end: start + block.length },
      variantOf: role === 'headline-variant' ? 'p-0' : null,
    });
    const parts = role === 'body' ? block.split(/(?<=[.”]) (?=[A-Z])/) : [block];
    let offset = start;
    for (const part of parts) {
      sentences.push({
        id: `s-${sentences.length}`,
        index: sentences.length,
        paragraphId: id,
        span: { start: offset, end: offset + part.length },
      });
      offset += part.length + 1;
    }
    start += block.length + 2;
  });
  return { paragraphs, sentences };
}

function sentenceAt(sentences: Sentence[], span: Span): string {
  const sentence = sentences.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  if (!sentence) throw new Error(`fixture: no sentence holds [${span.start}, ${span.end})`);
  return sentence.id;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Every whole-word occurrence of each name, longest names first, skipping text a longer name has
 * already claimed ("BGI Group" is not also "BGI").
 */
function mentionsOf(text: string, sentences: Sentence[], names: [string, string][]): Mention[] {
  const claimed: Span[] = [];
  const mentions: Mention[] = [];
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [name, entityId] of sorted) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      from = start + 1;
      const span = { start, end: start + name.length };
      if (isWordChar(text[start - 1]) || isWordChar(text[span.end])) continue;
      if (claimed.some((c) => c.start < span.end && span.start < c.end)) continue;
      claimed.push(span);
      mentions.push({
        id: `m-${span.start}-${span.end}`,
        span,
        anchor: quoteAt(text, span),
        sentenceId: sentenceAt(sentences, span),
        entityId,
        origin: 'curated',
        confidence: 1,
      });
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

function temporal(
  text: string,
  sentences: Sentence[],
  needle: string,
  written: string,
  resolution: DateResolution,
): TemporalExpression {
  const span = find(text, needle);
  return {
    id: `t-${span.start}-${span.end}`,
    span,
    anchor: quoteAt(text, span),
    sentenceId: sentenceAt(sentences, span),
    written,
    resolution,
    origin: 'rule',
  };
}

const unknown = (reason: string) => ({ status: 'unknown' as const, reason });

const contextDate = (value: string, precision: 'month' | 'day'): DateResolution => ({
  status: 'resolved',
  date: { value, precision },
  basis: 'context',
  explanation: 'The article follows the Belt and Road Forum for International Cooperation of 2017.',
  evidence: [],
});

const NAMES: [string, string][] = [
  ['BGI Group', 'bgi-group'],
  ['BGI', 'bgi-group'],
  ['Beijing Genomics Institute', 'bgi-group'],
  ['Belt and Road', 'belt-and-road-initiative'],
  ['BRI', 'belt-and-road-initiative'],
  ['Belt and Road Forum for International Cooperation', 'belt-and-road-forum'],
  ['Belt and Road Forum', 'belt-and-road-forum'],
  ['Shenzhen', 'shenzhen'],
  ['Zhang Xiaoqiang', 'zhang-xiaoqiang'],
  ['China Center for International Economic Exchanges', 'cciee'],
  ['CCIEE', 'cciee'],
  ['Xu Chaoyou', 'xu-chaoyou'],
  ['Li Jinbo', 'li-jinbo'],
  ['Qaiser Nawab', 'qaiser-nawab'],
  ['Nawab', 'qaiser-nawab'],
  ['Belt and Road Initiative for Sustainable Development', 'brisd'],
  ['BRISD', 'brisd'],
  ['Mao Zhixia', 'mao-zhixia'],
  ['Gwadar Pro', 'gwadar-pro'],
  ['Pakistan', 'pakistan'],
  ['China', 'china'],
  ['Virtual Blood Bank Centre', 'virtual-blood-bank-centre'],
];

function baseDocument(
  id: string,
  fileName: string,
  text: string,
  roles: ParagraphRole[],
): Document & { sentences: Sentence[] } {
  const { paragraphs, sentences } = structure(text, roles);
  const field = (role: ParagraphRole) => {
    const paragraph = paragraphs.find((p) => p.role === role);
    return paragraph ? text.slice(paragraph.span.start, paragraph.span.end) : null;
  };
  return {
    id,
    language: 'en',
    title: field('headline') ?? '',
    deck: field('deck'),
    credit: field('credit'),
    byline: null,
    text,
    textDigest: sha256(text),
    source: {
      fileName,
      rawDigest: sha256(text),
      publisher: unknown('The file came without publisher information and the text names none.'),
      url: unknown('The file came without a URL.'),
      published: {
        status: 'unresolved',
        reason: 'Neither the file nor the text gives a publication date.',
      },
      citedOutlet: unknown('The text cites no other outlet.'),
    },
    normalisation: [],
    paragraphs,
    sentences,
    structureMarks: [],
    mentions: mentionsOf(text, sentences, NAMES),
    temporalExpressions: [],
    quotes: [],
    quantities: [],
  };
}

export function seed000Document(): Document {
  const text = SEED_000_TEXT;
  const document = baseDocument('seed-000', '000_42976fab75af892a.txt', text, [
    'headline',
    'headline-variant',
  ]);
  const { sentences } = document;
  document.temporalExpressions = [
    temporal(text, sentences, 'May', 'XXXX-05', {
      status: 'unresolved',
      reason: 'Fixture: left unresolved, so the timeline has an undated statement.',
    }),
    temporal(text, sentences, 'June 8', 'XXXX-06-08', contextDate('2017-06-08', 'day')),
    temporal(text, sentences, 'June 15', 'XXXX-06-15', contextDate('2017-06-15', 'day')),
  ].sort((a, b) => a.span.start - b.span.start);
  return document;
}

export function seed002Document(): Document {
  const text = SEED_002_TEXT;
  const document = baseDocument('seed-002', '002_854555338c5c73b0.txt', text, [
    'headline',
    'deck',
    'credit',
    'headline-variant',
  ]);
  const attribution = find(text, 'According to Gwadar Pro');
  const quantity = find(text, 'over 30,000 registered blood donors');
  document.source.published = {
    status: 'resolved',
    date: { value: '2025-07', precision: 'month' },
    basis: 'curated',
    explanation: 'Fixture: a publication month stated for the tests; the seed file gives none.',
    evidence: [],
  };
  document.source.citedOutlet = {
    status: 'known',
    value: 'Gwadar Pro',
    basis: 'stated-in-text',
    note: 'The article attributes its report to Gwadar Pro.',
    evidence: [{ documentId: 'seed-002', span: attribution }],
  };
  document.structureMarks = [
    {
      id: `k-${attribution.start}-${attribution.end}`,
      kind: 'attribution',
      span: attribution,
      anchor: quoteAt(text, attribution),
      paragraphId: 'p-4',
      entityId: 'gwadar-pro',
    },
  ];
  document.quantities = [
    {
      id: `n-${quantity.start}-${quantity.end}`,
      span: quantity,
      anchor: quoteAt(text, quantity),
      sentenceId: sentenceAt(document.sentences, quantity),
      value: 30000,
      unit: 'registered blood donors',
      qualifier: 'over',
      origin: 'rule',
    },
  ];
  return document;
}

export function seed000FollowUpDocument(): Document {
  const text = SEED_000_FOLLOW_UP_TEXT;
  const document = baseDocument('seed-000-follow-up', '000_42976fab75af892a.txt', text, [
    'headline',
  ]);
  document.source.publisher = {
    status: 'known',
    value: 'Fixture Wire',
    basis: 'curated',
    note: 'Fixture: a publisher stated for the tests.',
    evidence: [],
  };
  document.source.url = {
    status: 'known',
    value: 'https://example.org/bgi-key-projects',
    basis: 'curated',
    note: 'Fixture: a URL stated for the tests.',
    evidence: [],
  };
  document.source.published = {
    status: 'resolved',
    date: { value: '2017-06-20', precision: 'day' },
    basis: 'curated',
    explanation: 'Fixture: a publication day stated for the tests.',
    evidence: [],
  };
  return document;
}

const entity = (
  id: string,
  type: Entity['type'],
  name: string,
  extra: Partial<Entity> = {},
): Entity => ({
  id,
  type,
  name,
  aliases: [],
  description: null,
  roles: [],
  externalIds: {},
  origin: 'curated',
  ...extra,
});

export function fixtureEntities(): Entity[] {
  return [
    entity('belt-and-road-initiative', 'initiative', 'Belt and Road Initiative', {
      aliases: [
        { text: 'Belt and Road', kind: 'short-name' },
        { text: 'BRI', kind: 'abbreviation' },
      ],
    }),
    entity('belt-and-road-forum', 'event', 'Belt and Road Forum for International Cooperation', {
      aliases: [{ text: 'Belt and Road Forum', kind: 'short-name' }],
    }),
    entity('bgi-group', 'organization', 'BGI Group', {
      aliases: [
        { text: 'BGI', kind: 'short-name' },
        { text: 'Beijing Genomics Institute', kind: 'name' },
      ],
    }),
    entity('brisd', 'organization', 'Belt and Road Initiative for Sustainable Development', {
      aliases: [{ text: 'BRISD', kind: 'abbreviation' }],
    }),
    entity('cciee', 'organization', 'China Center for International Economic Exchanges', {
      aliases: [{ text: 'CCIEE', kind: 'abbreviation' }],
    }),
    entity('china', 'place', 'China'),
    entity('gwadar-pro', 'outlet', 'Gwadar Pro'),
    entity('li-jinbo', 'person', 'Li Jinbo'),
    entity('mao-zhixia', 'person', 'Mao Zhixia'),
    entity('pakistan', 'place', 'Pakistan'),
    entity('qaiser-nawab', 'person', 'Qaiser Nawab', {
      aliases: [{ text: 'Nawab', kind: 'short-name' }],
    }),
    entity('shenzhen', 'place', 'Shenzhen'),
    entity('virtual-blood-bank-centre', 'work', 'Virtual Blood Bank Centre'),
    entity('xu-chaoyou', 'person', 'Xu Chaoyou'),
    entity('zhang-xiaoqiang', 'person', 'Zhang Xiaoqiang'),
    entity('unmentioned-place', 'place', 'Ürümqi', { origin: 'model' }),
  ];
}

function sentenceContaining(document: Document, needle: string): string {
  return sentenceAt(document.sentences, find(document.text, needle));
}

function fixtureEvents(documents: Document[]): Event[] {
  const [seed000, seed002] = documents;
  if (!seed000 || !seed002) throw new Error('fixture: documents missing');
  return [
    {
      id: 'bgi-attends-belt-and-road-seminar',
      type: 'conference',
      summary: 'BGI Group attended a seminar on the construction of the Belt and Road in Shenzhen.',
      date: contextDate('2017-06-08', 'day'),
      placeId: 'shenzhen',
      participants: [{ entityId: 'bgi-group', role: 'attendee' }],
      evidence: [{ documentId: 'seed-000', sentenceId: sentenceContaining(seed000, 'June 8') }],
      origin: 'curated',
    },
    {
      id: 'cciee-welcomes-bgi',
      type: 'meeting',
      summary: 'Zhang Xiaoqiang of CCIEE welcomed representatives of BGI Group.',
      date: contextDate('2017-06-15', 'day'),
      placeId: null,
      participants: [
        { entityId: 'zhang-xiaoqiang', role: 'host' },
        { entityId: 'cciee', role: 'host' },
        { entityId: 'bgi-group', role: 'guest' },
      ],
      evidence: [{ documentId: 'seed-000', sentenceId: sentenceContaining(seed000, 'June 15') }],
      origin: 'curated',
    },
    {
      id: 'qaiser-nawab-visits-bgi-shenzhen',
      type: 'visit',
      summary: 'Qaiser Nawab visited BGI’s Shenzhen headquarters.',
      date: { status: 'unresolved', reason: 'The article does not say when the visit took place.' },
      placeId: 'shenzhen',
      participants: [
        { entityId: 'qaiser-nawab', role: 'visitor' },
        { entityId: 'bgi-group', role: 'host' },
      ],
      evidence: [{ documentId: 'seed-002', sentenceId: sentenceContaining(seed002, 'visited') }],
      origin: 'curated',
    },
  ];
}

/** A valid three-document corpus. Each call returns a fresh object that tests may change. */
export function fixtureCorpus(): Corpus {
  const documents = [seed000Document(), seed002Document(), seed000FollowUpDocument()];
  const entities = fixtureEntities();
  const mentions = documents.flatMap((document) => document.mentions);
  const entityCountByType: Corpus['index']['entityCountByType'] = {};
  for (const item of entities) {
    entityCountByType[item.type] = (entityCountByType[item.type] ?? 0) + 1;
  }
  return {
    schemaVersion: '1.0.0',
    name: 'seed excerpts',
    description: 'Excerpts of the two BGI seed articles, for the query tests.',
    documents,
    entities,
    events: fixtureEvents(documents),
    identityDecisions: [],
    index: {
      documentCount: documents.length,
      mentionCount: mentions.length,
      entityCountByType,
      entities: entities.map((item) => ({
        entityId: item.id,
        mentionCount: mentions.filter((m) => m.entityId === item.id).length,
        documentIds: documents
          .filter((d) => d.mentions.some((m) => m.entityId === item.id))
          .map((d) => d.id),
      })),
      dateRange: {
        earliest: { value: '2017-06-08', precision: 'day' },
        latest: { value: '2017-06-15', precision: 'day' },
      },
    },
  };
}
