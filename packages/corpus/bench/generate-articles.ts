/**
 * Raw news articles for benchmarks: seeded, so every run measures the same text, and built from
 * the seeds' sentences and names recombined, so the pipeline meets the kinds of things it meets
 * in real news (names, titles, quotes, dates, numbers) at a realistic density. About 3 KB each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledStore } from '../src/paths.js';
import { createRandom } from './generate-corpus.js';

const PEOPLE = [
  'Qaiser Nawab',
  'Mao Zhixia',
  'Zhang Xiaoqiang',
  'Ayesha Khan',
  'Li Wei',
  'Sara Malik',
  'John Carter',
  'Maria Silva',
  'Ahmed Raza',
  'Chen Jing',
];
const ORGS = [
  'BGI Group',
  'the World Health Organization',
  'Karachi Genome Centre',
  'China Center for International Economic Exchanges (CCIEE)',
  'Aga Khan University',
  'the Ministry of Health',
  'Pakistan Academy of Sciences',
  'Shenzhen Bay Laboratory',
];
const PLACES = [
  'Shenzhen',
  'Karachi',
  'Islamabad',
  'Beijing',
  'Lahore',
  'Nairobi',
  'Dhaka',
  'Colombo',
  'Kazakhstan',
  'Pakistan',
];
const TITLES = [
  'Chairman',
  'Director-General',
  'Head of South Asia Affairs',
  'Chief Executive',
  'Minister for Science',
  'Senior Researcher',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pick = <T>(next: () => number, list: readonly T[]): T =>
  list[Math.floor(next() * list.length)] as T;

function seedSentences(): string[] {
  const { sourcesDir } = bundledStore();
  const text = ['000_42976fab75af892a.txt', '002_854555338c5c73b0.txt']
    .map((name) => readFileSync(join(sourcesDir, name), 'utf8'))
    .join('\n\n');
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!][”"]?)\s+(?=[A-Z“"])/))
    .filter((sentence) => sentence.length > 60);
}

const TEMPLATES: ((next: () => number) => string)[] = [
  (n) =>
    `On ${pick(n, MONTHS)} ${1 + Math.floor(n() * 28)}, ${pick(n, PEOPLE)}, ${pick(n, TITLES)} of ${pick(n, ORGS)}, visited ${pick(n, PLACES)} to discuss genomics cooperation.`,
  (n) =>
    `“We will train over ${(1 + Math.floor(n() * 90)) * 100} young researchers,” said ${pick(n, PEOPLE)}, adding that the programme starts in ${pick(n, MONTHS)} ${2015 + Math.floor(n() * 10)}.`,
  (n) =>
    `According to ${pick(n, ['Gwadar Pro', 'Dawn News', 'Xinhua', 'The Express Tribune'])}, ${pick(n, ORGS)} signed an agreement with ${pick(n, ORGS)} in ${pick(n, PLACES)}.`,
  (n) =>
    `The project will cost about $${1 + Math.floor(n() * 50)} million and reach more than ${(1 + Math.floor(n() * 40)) * 1000} patients across ${pick(n, PLACES)}.`,
  (n) =>
    `${pick(n, PEOPLE)} announced a new laboratory in ${pick(n, PLACES)}, noting that sequencing costs have fallen by ${10 + Math.floor(n() * 80)} percent.`,
];

export interface GeneratedArticle {
  id: string;
  raw: string;
}

/** `count` articles of about `bytes` each, the same for the same seed. */
export function generateArticles(count: number, seed = 42, bytes = 3000): GeneratedArticle[] {
  const next = createRandom(seed);
  const sentences = seedSentences();
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const headline = `${pick(next, ORGS).replace(/^the /, 'The ')} ${pick(next, ['expands', 'launches', 'opens', 'backs'])} genomics ${pick(next, ['training', 'centre', 'partnership', 'programme'])} in ${pick(next, PLACES)}`;
    const paragraphs: string[] = [headline];
    let length = headline.length;
    while (length < bytes) {
      const parts: string[] = [];
      for (let s = 0; s < 3; s++) {
        parts.push(
          next() < 0.5
            ? pick(next, sentences)
            : (pick(next, TEMPLATES) as (n: () => number) => string)(next),
        );
      }
      const paragraph = parts.join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    articles.push({ id: `bench-${String(i).padStart(6, '0')}`, raw: paragraphs.join('\n\n') });
  }
  return articles;
}
