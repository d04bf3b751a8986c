/**
 * Every address of the site in one place. Ids are slugs (see @genebelt/model's Id), the same as
 * in the terminal, so a document or entity has one address in both.
 */

const segment = (id: string) => encodeURIComponent(id);

export const routes = {
  home: '/',
  documents: '/documents',
  document: (id: string, sentenceId?: string | null) =>
    `/documents/${segment(id)}${sentenceId ? `#${segment(sentenceId)}` : ''}`,
  entities: '/entities',
  entity: (id: string) => `/entities/${segment(id)}`,
  search: (query?: string, page?: number) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page && page > 1) params.set('page', String(page));
    const text = params.toString();
    return text ? `/search?${text}` : '/search';
  },
  timeline: '/timeline',
  quotes: '/quotes',
  quotesPage: (page: number) => (page > 1 ? `/quotes/${page}` : '/quotes'),
  numbers: '/numbers',
  numbersPage: (page: number) => (page > 1 ? `/numbers/${page}` : '/numbers'),
  data: '/data',
  schema: '/schema',
} as const;

/** The data behind each page, as files a program can read. */
export const dataRoutes = {
  overview: '/data/overview.json',
  documents: '/data/documents.json',
  document: (id: string) => `/data/documents/${segment(id)}.json`,
  entities: '/data/entities.json',
  entity: (id: string) => `/data/entities/${segment(id)}.json`,
  search: (query: string, page?: number) => {
    const params = new URLSearchParams({ q: query });
    if (page && page > 1) params.set('page', String(page));
    return `/data/search.json?${params.toString()}`;
  },
  timeline: '/data/timeline.json',
  quotes: '/data/quotes.json',
  numbers: '/data/numbers.json',
  corpusJson: '/data/corpus.json',
  corpusJsonl: '/data/corpus.jsonl',
  corpusCsv: '/data/corpus.csv',
  documentsCsv: '/data/documents.csv',
  entitiesCsv: '/data/entities.csv',
  schema: (name: string) => `/data/schema/${segment(name)}.schema.json`,
} as const;
