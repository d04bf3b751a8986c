import type { EventType, Span } from '@genebelt/model';

/**
 * Events the text reports, found by their verb: a sentence where someone visited, met,
 * welcomed, signed, launched, announced, attended or trained, with the people and organisations
 * it names as participants, the first place it names, and the first date in it.
 */
export interface EventMention {
  span: Span;
  entityId: string;
  type: string;
}

export interface EventFinding {
  type: EventType;
  sentence: Span;
  /** The verb that reports it. */
  cue: Span;
  participantIds: string[];
  placeId: string | null;
}

const CUES: readonly [RegExp, EventType][] = [
  [/\b(?:visit(?:ed|s)?|toured|tours)\b/u, 'visit'],
  [/\b(?:met|meets|welcomed|welcomes|hosted|hosts|received)\b/u, 'meeting'],
  [/\b(?:signed|signs|agreed|agrees|sealed)\b/u, 'agreement'],
  [/\b(?:launched|launches|opened|opens|inaugurated|unveiled)\b/u, 'launch'],
  [/\b(?:announced|announces|unveils)\b/u, 'announcement'],
  [
    /\b(?:attended|attends|attend|participated|took part)\b[^.]{0,80}\b(?:seminar|forum|conference|summit|meeting|symposium|workshop)\b/u,
    'conference',
  ],
  [/\b(?:trained|trains|training programme|training program)\b/u, 'training'],
];

const PARTICIPANTS = new Set(['person', 'organization']);

export function findEvents(
  text: string,
  sentences: readonly Span[],
  mentions: readonly EventMention[],
): EventFinding[] {
  const findings: EventFinding[] = [];
  let next = 0;
  for (const sentence of sentences) {
    const inside: EventMention[] = [];
    while (next < mentions.length && (mentions[next]?.span.start ?? Infinity) < sentence.start)
      next++;
    for (let i = next; i < mentions.length; i++) {
      const mention = mentions[i];
      if (!mention || mention.span.start >= sentence.end) break;
      if (mention.span.end <= sentence.end) inside.push(mention);
    }
    const participantIds = [
      ...new Set(inside.filter((m) => PARTICIPANTS.has(m.type)).map((m) => m.entityId)),
    ];
    if (participantIds.length === 0) continue;
    const content = text.slice(sentence.start, sentence.end);
    for (const [pattern, type] of CUES) {
      const cue = pattern.exec(content);
      if (!cue) continue;
      findings.push({
        type,
        sentence,
        cue: { start: sentence.start + cue.index, end: sentence.start + cue.index + cue[0].length },
        participantIds,
        placeId: inside.find((m) => m.type === 'place')?.entityId ?? null,
      });
      break;
    }
  }
  return findings;
}
