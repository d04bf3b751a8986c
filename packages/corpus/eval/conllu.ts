/**
 * Reads GUM documents (CoNLL-U: the news documents and the interviews) into text with exact
 * offsets, sentences, paragraphs, gold entity mentions and gold dates.
 *
 * Text is rebuilt from the tokens: a single space after each token unless its MISC says
 * `SpaceAfter=No`, sentences joined by one space and paragraphs (`# newpar`, or a change of
 * `# speaker` in an interview) by a blank line. Speaker names stay out of the text, as GUM keeps
 * them only in comments: the text is what was said, as Wikinews printed it. A
 * multi-word token line (`35-36 Trump's`) supplies the surface form and its spacing; its parts
 * (`Trump`, `'s`) get the offsets of their pieces of that form.
 *
 * Texts are from Wikinews (CC BY 2.5); annotations are CC BY 4.0 by the GUM annotators (Zeldes, A.
 * 2017. "The GUM Corpus: Creating Multilayer Resources in the Classroom". Language Resources and
 * Evaluation 51(3)).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '@genebelt/model';
import { DEFAULT_IDENTITY_FIELD, identityFieldOf, parseEntityBrackets } from './entity-brackets.js';
import { nameSpanOf } from './named-mentions.js';
import { parseXmlTags } from './xml-tags.js';

export interface EvalToken {
  span: Span;
  form: string;
  /** Universal part of speech (PROPN, NOUN, …). */
  upos: string;
  /** Penn Treebank tag (NNP, NNPS, …); GUM's proper-noun marking is most reliable here. */
  xpos: string;
  /** Index in the document's token list of the syntactic head, or -1 for a sentence root. */
  head: number;
  /** Universal dependency relation to the head (`flat`, `compound`, `nsubj`, …). */
  deprel: string;
  sentence: number;
}

export interface GoldMention {
  /** The whole mention as GUM annotates it: a full noun phrase, e.g. `the United States`. */
  span: Span;
  type: string;
  identity: string | null;
  /** GUM's id of the entity the mention refers to: mentions with one id corefer (per document). */
  entity: string;
  /**
   * True when the mention is a *named* person, organization or place mention: its head token is a
   * proper noun (XPOS NNP/NNPS) and what is left of the proper-noun run around that head once
   * titles are removed is not empty; plural person groups (`Afghans`, `Muslims`) are not named.
   * See `named-mentions.ts` for the exact rules.
   */
  isNamed: boolean;
  /** For a named mention, the name itself inside `span` (`United States`); otherwise null. */
  nameSpan: Span | null;
  /** Token indices (document-wide) of the mention, first and last inclusive. */
  firstToken: number;
  lastToken: number;
}

export interface GoldDate {
  span: Span;
  /**
   * The date as written in GUM's `<date>` tag: the `when` value (`2011-04-13`, `2017`), or an ISO
   * 8601 interval for ranges: `from/to`, `notBefore/notAfter`, with `..` for an open end.
   */
  when: string;
  /** The raw attributes of the tag (`when`, `from`, `to`, `notBefore`, `notAfter`, `rend`). */
  attributes: Readonly<Record<string, string>>;
}

export interface EvalDocument {
  name: string;
  title: string;
  dateCreated: string;
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  mentions: GoldMention[];
  dates: GoldDate[];
  tokens: EvalToken[];
}

interface RawToken {
  id: number;
  form: string;
  upos: string;
  xpos: string;
  head: number;
  deprel: string;
  misc: string;
}

interface RawRange {
  first: number;
  last: number;
  form: string;
  misc: string;
}

interface RawSentence {
  newParagraph: boolean;
  tokens: RawToken[];
  ranges: RawRange[];
}

interface RawDocument {
  title: string;
  dateCreated: string;
  /** Where `Entity=` brackets keep the identity, from the `# global.Entity` header. */
  identityField: number | null;
  sentences: RawSentence[];
}

/** Every `.conllu` document in `dir` whose name `include` accepts (all by default), by name. */
export function readEvalDocuments(
  dir: string,
  include: (name: string) => boolean = () => true,
): EvalDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.conllu') && include(file.replace(/\.conllu$/, '')))
    .sort()
    .map((file) => readConllu(path.join(dir, file)));
}

export function readConllu(file: string): EvalDocument {
  const name = path.basename(file).replace(/\.conllu$/, '');
  return parseConllu(name, readFileSync(file, 'utf8'));
}

export function parseConllu(name: string, source: string): EvalDocument {
  const raw = parseLines(source);
  const tokens: EvalToken[] = [];
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  const openMentions = new Map<
    string,
    { first: number; type: string; identity: string | null }[]
  >();
  const mentions: Omit<GoldMention, 'isNamed' | 'nameSpan'>[] = [];
  const openDates: { start: number; attributes: Record<string, string> }[] = [];
  const dates: GoldDate[] = [];
  let text = '';
  let paragraphStart = -1;

  raw.sentences.forEach((sentence, sentenceIndex) => {
    if (sentenceIndex > 0) {
      if (sentence.newParagraph) {
        closeParagraph();
        text += '\n\n';
      } else {
        text += ' ';
      }
    }
    if (paragraphStart < 0 || sentence.newParagraph) paragraphStart = text.length;
    const sentenceStart = text.length;
    const base = tokens.length;
    const spans = layOutSentence(sentence, sentenceStart);
    text += spans.text;

    sentence.tokens.forEach((token, position) => {
      const span = spans.tokenSpans[position] ?? { start: sentenceStart, end: sentenceStart };
      const index = base + position;
      tokens.push({
        span,
        form: token.form,
        upos: token.upos,
        xpos: token.xpos,
        head: token.head === 0 ? -1 : base + token.head - 1,
        deprel: token.deprel,
        sentence: sentenceIndex,
      });
      const misc = miscValues(token.misc);
      const entity = misc.get('Entity');
      if (entity !== undefined) {
        for (const bracket of parseEntityBrackets(entity, raw.identityField)) {
          if (bracket.kind === 'open') {
            if (bracket.closesHere) {
              mentions.push({
                ...mentionFields(bracket),
                entity: bracket.id,
                firstToken: index,
                lastToken: index,
              });
            } else {
              const stack = openMentions.get(bracket.id) ?? [];
              stack.push({ first: index, type: bracket.type, identity: bracket.identity });
              openMentions.set(bracket.id, stack);
            }
          } else {
            const open = openMentions.get(bracket.id)?.pop();
            if (open !== undefined) {
              mentions.push({
                span: { start: 0, end: 0 },
                type: open.type,
                identity: open.identity,
                entity: bracket.id,
                firstToken: open.first,
                lastToken: index,
              });
            }
          }
        }
      }
      const xml = misc.get('XML');
      if (xml !== undefined) {
        for (const tag of parseXmlTags(xml)) {
          if (tag.name !== 'date') continue;
          if (tag.kind === 'open') {
            openDates.push({ start: span.start, attributes: tag.attributes });
          } else {
            closeDate(span.end);
          }
        }
      }
    });
    const last = tokens[tokens.length - 1];
    sentences.push({
      start: sentenceStart,
      end: last === undefined ? sentenceStart : last.span.end,
    });
  });
  closeParagraph();

  const goldMentions = mentions
    .map((mention) => {
      const first = tokens[mention.firstToken];
      const last = tokens[mention.lastToken];
      const span = { start: first?.span.start ?? 0, end: last?.span.end ?? 0 };
      const nameSpan = nameSpanOf(mention, tokens, mentions);
      return { ...mention, span, isNamed: nameSpan !== null, nameSpan };
    })
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);

  return {
    name,
    title: raw.title,
    dateCreated: raw.dateCreated,
    text,
    sentences,
    paragraphs,
    mentions: goldMentions,
    dates,
    tokens,
  };

  function closeParagraph(): void {
    if (paragraphStart >= 0) paragraphs.push({ start: paragraphStart, end: text.length });
  }

  function closeDate(end: number): void {
    const open = openDates.pop();
    if (open === undefined) return;
    dates.push({
      span: { start: open.start, end },
      when: dateValue(open.attributes),
      attributes: open.attributes,
    });
  }
}

function mentionFields(bracket: { type: string; identity: string | null }) {
  return { span: { start: 0, end: 0 }, type: bracket.type, identity: bracket.identity };
}

function dateValue(attributes: Readonly<Record<string, string>>): string {
  const when = attributes.when;
  if (when !== undefined) return when;
  const from = attributes.from ?? attributes.notBefore;
  const to = attributes.to ?? attributes.notAfter;
  return `${from ?? '..'}/${to ?? '..'}`;
}

/** Places a sentence's surface tokens and returns the offsets of its syntactic words. */
function layOutSentence(
  sentence: RawSentence,
  sentenceStart: number,
): { text: string; tokenSpans: Span[] } {
  const rangeByFirst = new Map(sentence.ranges.map((range) => [range.first, range]));
  const tokenSpans: Span[] = [];
  let text = '';
  let position = 0;
  while (position < sentence.tokens.length) {
    const token = sentence.tokens[position];
    if (token === undefined) break;
    const range = rangeByFirst.get(token.id);
    const isLastSurface = (lastId: number) => lastId >= sentence.tokens.length;
    if (range !== undefined) {
      const start = sentenceStart + text.length;
      let cursor = 0;
      for (let id = range.first; id <= range.last; id += 1) {
        const part = sentence.tokens[id - 1];
        const form = part?.form ?? '';
        const found = range.form.indexOf(form, cursor);
        // Parts that do not spell out the surface form share the whole of it.
        if (found < 0 || form.length === 0) {
          tokenSpans.push({ start, end: start + range.form.length });
        } else {
          tokenSpans.push({ start: start + found, end: start + found + form.length });
          cursor = found + form.length;
        }
      }
      text += range.form;
      if (!isLastSurface(range.last) && spaceAfter(range.misc)) text += ' ';
      position = range.last;
      continue;
    }
    const start = sentenceStart + text.length;
    tokenSpans.push({ start, end: start + token.form.length });
    text += token.form;
    if (!isLastSurface(token.id) && spaceAfter(token.misc)) text += ' ';
    position += 1;
  }
  return { text, tokenSpans };
}

function spaceAfter(misc: string): boolean {
  return miscValues(misc).get('SpaceAfter') !== 'No';
}

function miscValues(misc: string): Map<string, string> {
  const values = new Map<string, string>();
  if (misc === '_') return values;
  for (const item of misc.split('|')) {
    const equals = item.indexOf('=');
    if (equals > 0) values.set(item.slice(0, equals), item.slice(equals + 1));
  }
  return values;
}

function parseLines(source: string): RawDocument {
  const document: RawDocument = {
    title: '',
    dateCreated: '',
    identityField: DEFAULT_IDENTITY_FIELD,
    sentences: [],
  };
  let current: RawSentence | null = null;
  let pendingParagraph = false;
  // Interviews name each sentence's speaker (`# speaker = Wikinews`); a new speaker's turn is a
  // new paragraph even where the file has no `# newpar` for it, so that no paragraph mixes two
  // voices. Sentences without a speaker (headings, captions) count as a voice of their own.
  let pendingSpeaker: string | null = null;
  let lastSpeaker: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    if (line.length === 0) {
      current = null;
      continue;
    }
    if (line.startsWith('#')) {
      if (line === '# newpar' || line.startsWith('# newpar ')) pendingParagraph = true;
      const speaker = /^# speaker = (.*)$/.exec(line);
      if (speaker !== null) pendingSpeaker = speaker[1] ?? '';
      const layout = /^# global\.Entity = (.*)$/.exec(line);
      if (layout !== null) document.identityField = identityFieldOf(layout[1] ?? '');
      const meta = /^# meta::(\w+) = (.*)$/.exec(line);
      if (meta?.[1] === 'title') document.title = meta[2] ?? '';
      if (meta?.[1] === 'dateCreated') document.dateCreated = meta[2] ?? '';
      continue;
    }
    const columns = line.split('\t');
    const id = columns[0] ?? '';
    if (current === null) {
      const newTurn = document.sentences.length > 0 && pendingSpeaker !== lastSpeaker;
      current = { newParagraph: pendingParagraph || newTurn, tokens: [], ranges: [] };
      pendingParagraph = false;
      lastSpeaker = pendingSpeaker;
      pendingSpeaker = null;
      document.sentences.push(current);
    }
    // Empty nodes (`8.1`) are copies for enhanced dependencies and have no surface text.
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range !== null) {
      current.ranges.push({
        first: Number(range[1]),
        last: Number(range[2]),
        form: columns[1] ?? '',
        misc: columns[9] ?? '_',
      });
      continue;
    }
    current.tokens.push({
      id: Number(id),
      form: columns[1] ?? '',
      upos: columns[3] ?? '_',
      xpos: columns[4] ?? '_',
      head: Number(columns[6] ?? 0) || 0,
      deprel: columns[7] ?? '_',
      misc: columns[9] ?? '_',
    });
  }
  return document;
}
