import type {
  Document,
  EntitySummary,
  Mention,
  Paragraph,
  Quantity,
  Quote,
  Sentence,
  TemporalExpression,
} from '@genebelt/model';
import type { ReactNode } from 'react';
import {
  formatCalendarDate,
  formatValue,
  PRECISION_LABELS,
  QUALIFIER_LABELS,
} from '../../../../lib/format';
import { routes } from '../../../../lib/routes';
import { type Segment, segment } from '../../../../lib/segments';
import { CiteBox } from './cite-box';

/** What can be marked in a sentence. Built from offsets; rendered as React elements only. */
type Mark =
  | { kind: 'quote'; span: Mention['span']; quote: Quote }
  | { kind: 'mention'; span: Mention['span']; mention: Mention; entity: EntitySummary | null }
  | { kind: 'date'; span: Mention['span']; date: TemporalExpression }
  | { kind: 'number'; span: Mention['span']; quantity: Quantity };

/** With the same span, a quote wraps a mention, which wraps a date or a number. */
const RANK: Record<Mark['kind'], number> = { quote: 0, mention: 1, date: 2, number: 3 };

const LABELS: Partial<Record<Paragraph['role'], string>> = {
  'headline-variant': 'Headline, repeated',
  credit: 'Credit',
  byline: 'Byline',
  dateline: 'Dateline',
};

export interface DocumentTextProps {
  document: Document;
  entities: ReadonlyMap<string, EntitySummary>;
  paragraphs: readonly Paragraph[];
}

/**
 * Paragraphs of a document with every sentence addressable (`#s-12`) and citable, and mentions,
 * dates, quotes and numbers marked. Every piece of text is a React text node sliced from the
 * document by offset; nothing is ever parsed as HTML.
 */
export function DocumentText({ document, entities, paragraphs }: DocumentTextProps) {
  const sentencesByParagraph = groupBy(document.sentences, (sentence) => sentence.paragraphId);
  const marks = marksBySentence(document, entities);
  return (
    <>
      {paragraphs.map((paragraph) => {
        const sentences = sentencesByParagraph.get(paragraph.id) ?? [];
        const content = paragraphContent(document.text, paragraph, sentences, marks);
        const label = LABELS[paragraph.role];
        return (
          <div key={paragraph.id} id={paragraph.id} className={`para para-${paragraph.role}`}>
            {label ? <span className="para-label">{label}</span> : null}
            {paragraph.role === 'headline' ? <h1>{content}</h1> : <p>{content}</p>}
            {paragraph.span.end > paragraph.span.start ? (
              <CiteBox
                documentId={document.id}
                paragraph={{
                  id: paragraph.id,
                  index: paragraph.index,
                  start: paragraph.span.start,
                  end: paragraph.span.end,
                }}
                sentences={sentences.map((sentence) => ({
                  id: sentence.id,
                  index: sentence.index,
                  start: sentence.span.start,
                  end: sentence.span.end,
                }))}
              />
            ) : null}
          </div>
        );
      })}
    </>
  );
}

function paragraphContent(
  text: string,
  paragraph: Paragraph,
  sentences: readonly Sentence[],
  marks: ReadonlyMap<string, Mark[]>,
): ReactNode[] {
  const out: ReactNode[] = [];
  let cursor = paragraph.span.start;
  for (const sentence of sentences) {
    if (sentence.span.start > cursor) out.push(text.slice(cursor, sentence.span.start));
    const segments = segment(
      text,
      sentence.span,
      marks.get(sentence.id) ?? [],
      (mark) => RANK[mark.kind],
    );
    out.push(
      <span key={sentence.id} id={sentence.id} className="s">
        {renderSegments(segments, false)}
      </span>,
    );
    cursor = Math.max(cursor, sentence.span.end);
  }
  if (cursor < paragraph.span.end) out.push(text.slice(cursor, paragraph.span.end));
  return out;
}

function renderSegments(segments: readonly Segment<Mark>[], insideLink: boolean): ReactNode[] {
  return segments.map((part) => (part.kind === 'text' ? part.text : renderMark(part, insideLink)));
}

function renderMark(
  part: Extract<Segment<Mark>, { kind: 'mark' }>,
  insideLink: boolean,
): ReactNode {
  const key = `${part.mark.kind[0]}${part.span.start}`;
  const mark = part.mark;
  switch (mark.kind) {
    case 'mention': {
      const children = renderSegments(part.children, true);
      const { entity } = mark;
      if (!entity || insideLink) return <span key={key}>{children}</span>;
      // The canonical name as a tooltip, when the text names the entity otherwise ("BGI").
      const title = mark.mention.anchor.exact === entity.name ? undefined : entity.name;
      return (
        <a key={key} className={`m t-${entity.type}`} href={routes.entity(entity.id)} title={title}>
          {children}
        </a>
      );
    }
    case 'date': {
      const children = renderSegments(part.children, insideLink);
      const { resolution } = mark.date;
      if (resolution.status !== 'resolved') {
        return (
          <span key={key} className="date" title={`Date not resolved: ${resolution.reason}`}>
            {children}
          </span>
        );
      }
      return (
        <time
          key={key}
          className="date"
          dateTime={resolution.date.value}
          title={`${formatCalendarDate(resolution.date)} (${PRECISION_LABELS[resolution.date.precision]})`}
        >
          {children}
        </time>
      );
    }
    case 'number': {
      const { quantity } = mark;
      const qualifier = QUALIFIER_LABELS[quantity.qualifier];
      const title = [qualifier, formatValue(quantity.value), quantity.unit ?? '']
        .filter(Boolean)
        .join(' ');
      return (
        <data key={key} className="num" value={String(quantity.value)} title={title}>
          {renderSegments(part.children, insideLink)}
        </data>
      );
    }
    case 'quote':
      return (
        <span key={key} className={`quote quote-${mark.quote.kind}`}>
          {renderSegments(part.children, insideLink)}
        </span>
      );
  }
}

function marksBySentence(
  document: Document,
  entities: ReadonlyMap<string, EntitySummary>,
): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  const add = (sentenceId: string, mark: Mark) => {
    const list = marks.get(sentenceId);
    if (list) list.push(mark);
    else marks.set(sentenceId, [mark]);
  };
  // Only speech is marked; terms, titles and scare quotes already stand in their quotation marks.
  for (const quote of document.quotes) {
    if (quote.kind === 'speech') add(quote.sentenceId, { kind: 'quote', span: quote.span, quote });
  }
  for (const mention of document.mentions) {
    add(mention.sentenceId, {
      kind: 'mention',
      span: mention.span,
      mention,
      entity: entities.get(mention.entityId) ?? null,
    });
  }
  for (const date of document.temporalExpressions)
    add(date.sentenceId, { kind: 'date', span: date.span, date });
  for (const quantity of document.quantities) {
    add(quantity.sentenceId, { kind: 'number', span: quantity.span, quantity });
  }
  return marks;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
