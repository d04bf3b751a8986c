// A store of generated articles for the bench: seeded (the same articles every run), made from the
// seeds' sentences and names recombined (so the pipeline meets names, titles, quotes, dates and
// numbers at a realistic density), about 3 KB each, run through the real pipeline of
// @genebelt/corpus. Cached in .bench/ by count and seed, since building 10,000 takes a while.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStore, bundledStore, serialiseCorpus, storeAt } from '@genebelt/corpus';

/** Mulberry32: a small seeded PRNG. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'Qaiser Nawab',
  'Mao Zhixia',
  'Zhang Xiaoqiang',
  'Ayesha Khan',
  'Li Wei',
  'Sara Malik',
  'John Carter',
  'Maria Silva',
];
const ORGS = [
  'BGI Group',
  'the World Health Organization',
  'Karachi Genome Centre',
  'Aga Khan University',
  'the Ministry of Health',
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
  'Pakistan',
];
const TITLES = ['Chairman', 'Director-General', 'Chief Executive', 'Senior Researcher'];
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

const pick = (next, list) => list[Math.floor(next() * list.length)];

const TEMPLATES = [
  (n) =>
    `On ${pick(n, MONTHS)} ${1 + Math.floor(n() * 28)}, ${2015 + Math.floor(n() * 10)}, ${pick(n, PEOPLE)}, ${pick(n, TITLES)} of ${pick(n, ORGS)}, visited ${pick(n, PLACES)} to discuss genomics cooperation.`,
  (n) =>
    `“We will train over ${(1 + Math.floor(n() * 90)) * 100} young researchers,” said ${pick(n, PEOPLE)}, adding that the programme starts in ${pick(n, MONTHS)} ${2015 + Math.floor(n() * 10)}.`,
  (n) =>
    `According to ${pick(n, ['Gwadar Pro', 'Xinhua'])}, ${pick(n, ORGS)} signed an agreement with ${pick(n, ORGS)} in ${pick(n, PLACES)}.`,
  (n) =>
    `The project will cost about $${1 + Math.floor(n() * 50)} million and reach more than ${(1 + Math.floor(n() * 40)) * 1000} patients across ${pick(n, PLACES)}.`,
  (n) =>
    `${pick(n, PEOPLE)} announced a new laboratory in ${pick(n, PLACES)}, noting that sequencing costs have fallen by ${10 + Math.floor(n() * 80)} percent.`,
];

function seedSentences() {
  const { sourcesDir } = bundledStore();
  const text = ['000_42976fab75af892a.txt', '002_854555338c5c73b0.txt']
    .map((name) => readFileSync(join(sourcesDir, name), 'utf8'))
    .join('\n\n');
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!][”"]?)\s+(?=[A-Z“"])/))
    .filter((sentence) => sentence.length > 60);
}

/** `count` raw articles of about `bytes` each, the same for the same seed. */
export function generateArticles(count, seed = 42, bytes = 3000) {
  const next = random(seed);
  const sentences = seedSentences();
  const articles = [];
  for (let i = 0; i < count; i++) {
    const headline = `${pick(next, ORGS).replace(/^the /, 'The ')} ${pick(next, ['expands', 'launches', 'opens', 'backs'])} genomics ${pick(next, ['training', 'centre', 'partnership', 'programme'])} in ${pick(next, PLACES)}`;
    const paragraphs = [headline];
    let length = headline.length;
    while (length < bytes) {
      const parts = [];
      for (let s = 0; s < 3; s++) {
        parts.push(next() < 0.5 ? pick(next, sentences) : pick(next, TEMPLATES)(next));
      }
      const paragraph = parts.join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    articles.push({
      id: `bench-${String(i).padStart(6, '0')}`,
      raw: `${paragraphs.join('\n\n')}\n`,
    });
  }
  return articles;
}

/**
 * A store folder (sources/, knowledge/, data/corpus.json) of `count` generated articles plus the
 * seeds, built by the pipeline; reused when it already exists. Returns its path and how long the
 * pipeline took (null when reused).
 */
export function generatedStore(dir, count, { seed = 42, bytes = 3000 } = {}) {
  const paths = storeAt(dir);
  const stamp = join(dir, 'generated.json');
  const wanted = JSON.stringify({ count, seed, bytes, version: 1 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(paths.corpusFile)) {
    return { dir, seconds: null };
  }
  rmSync(dir, { recursive: true, force: true });
  const bundled = bundledStore();
  cpSync(bundled.sourcesDir, paths.sourcesDir, { recursive: true });
  cpSync(bundled.knowledgeDir, paths.knowledgeDir, { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (const article of generateArticles(count, seed, bytes)) {
    writeFileSync(join(paths.sourcesDir, `${article.id}.txt`), article.raw);
  }
  const started = performance.now();
  const built = buildStore(paths);
  writeFileSync(paths.corpusFile, serialiseCorpus(built.corpus));
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(stamp, wanted);
  return { dir, seconds };
}
