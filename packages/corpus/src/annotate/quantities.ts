import type { QuantityQualifier, Span } from '@genebelt/model';
import { isLikelyYear } from './date-readings.js';

export interface QuantityFinding {
  /** From the qualifier ("over") through the unit ("registered blood donors"). */
  span: Span;
  value: number;
  /** What is counted, as written, or a currency code for a symbol ("$" is "USD"). */
  unit: string | null;
  qualifier: QuantityQualifier;
}

const ONES =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const A_VALUES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
};
const SCALES: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  k: 3,
  m: 6,
  mn: 6,
  bn: 9,
};

// Every place a quantity can start: a digit, or a number written out. "one" is left out: it is far
// more often a pronoun ("one of the") than a count.
const START =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|a\s+(?:dozen|hundred|thousand|million|billion))\b/giu;
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const WORD_NUMBER =
  /(?:a\s+(dozen|hundred|thousand|million|billion)|((?:twen|thir|for|fif|six|seven|eigh|nine)ty)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?|([a-z]+))(?![\p{L}-])/iuy;
const SCALE = /\s?(thousand|million|billion|trillion)\b|(bn|mn|m|k)\b/y;
const PERCENT = /\s?(?:%|per\s?cent\b|percent\b)(\s+points?\b)?|\s+percentage\s+points?\b/y;

const CURRENCY_BEFORE =
  /(?:(US|HK|A|C|NZ|S|R)?\$|([€£¥₹])|\b(Rs\.?|RMB|USD|EUR|GBP|PKR|CNY|INR|JPY))\s?$/;
const SYMBOL_CODES: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  HK$: 'HKD',
  A$: 'AUD',
  C$: 'CAD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  RMB: 'CNY',
};

/**
 * Qualifiers, matched against the text right before the number. "nearly" and "almost" are
 * 'under' (the real value falls a little short); "about", "around", "some", "close to" are
 * 'about' (either side); "as many as" is 'up-to'.
 */
const QUALIFIER_BEFORE =
  /(?:^|[^\p{L}])((?:just |well |far )?(?:more than|over|upwards of|in excess of|above)|(?:just )?(?:less than|fewer than|under|below)|nearly|almost|about|around|roughly|approximately|some|an estimated|estimated|close to|circa|at least|no fewer than|no less than|a minimum of|at most|no more than|not more than|a maximum of|up to|as many as|as much as|exactly|precisely)\s+$/iu;
// Tried in order: "no more than" must be at-most before "more than" can make it over.
const QUALIFIERS: [RegExp, QuantityQualifier][] = [
  [/at least|no fewer|no less|minimum/i, 'at-least'],
  [/at most|no more|not more|maximum/i, 'at-most'],
  [/up to|as many|as much/i, 'up-to'],
  [/more than|over|upwards|in excess|above/i, 'over'],
  [/less than|fewer than|under|below|nearly|almost/i, 'under'],
  [/about|around|roughly|approximately|some|estimated|close to|circa/i, 'about'],
];

const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const MONTH_AFTER =
  /^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const TIME_AFTER = /^\s?(?:[ap]\.?m\.?(?![\p{L}])|o['’]clock|GMT|UTC|hrs\b|h\b)/iu;
const ID_BEFORE = /(?:\bNo\.?|\bno\.|\bnumber|#)\s*$/;
const UNIT_SUFFIX =
  /(?:km|kg|cm|mm|mg|m|g|t|mph|ft|mi|lb|lbs|kW|MW|GW|kWh|GB|MB|TB)(?![\p{L}\p{N}])/uy;

// Words that end a unit phrase: what follows them is not what the number counts.
const STOP_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your of in on at by for from to ' +
    'with without into onto over under about across after before during since until via per ' +
    'and or but nor as than then so if while when where which who whom whose what how why ' +
    'is are was were be been being has have had do does did will would shall should can could ' +
    'may might must not no more less most least each every all some any other such only also ' +
    'up down out off he she it they we you i them him us me'
  ).split(' '),
);
const NOT_PLURAL = new Set(
  'was has is as this its his thus does plus versus whereas always perhaps besides towards afterwards yes bus gas news series species'.split(
    ' ',
  ),
);
const IRREGULAR_UNITS = new Set(
  (
    'people children men women police staff personnel cattle sheep fish deer feet teeth mice ' +
    'geese data media yuan yen rupees troops crew aircraft offspring percent km kg cm mm mg mph ' +
    'ft mi lb lbs tonnes kilometres kilometers metres meters miles hectares acres degrees ' +
    'year month week day hour minute second person kilometre kilometer metre meter mile ton ' +
    'tonne hectare acre degree dollar euro pound'
  ).split(' '),
);

/**
 * Finds counted and measured amounts: "over 30,000 registered blood donors", "$5 million",
 * "12 percent", "a dozen schools". Leaves out years, dates, times, ordinals and numbers that
 * are part of a name or an identifier ("COVID-19", "Boeing 737", "No. 5"). Never throws.
 */
export function findQuantities(text: string): QuantityFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const findings: QuantityFinding[] = [];
  const start = new RegExp(START.source, START.flags);
  let lastEnd = 0;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const at = match.index;
    const parsed = /\d/.test(match[0]) ? readDigits(text, at) : readWords(text, at);
    start.lastIndex = Math.max(start.lastIndex, parsed.consumed);
    const finding = parsed.finding;
    if (!finding || finding.span.start < lastEnd) continue;
    findings.push(finding);
    lastEnd = finding.span.end;
  }
  return findings;
}

interface Parsed {
  finding: QuantityFinding | null;
  /** Where scanning resumes, so a number is not read again from its middle. */
  consumed: number;
}

function readDigits(text: string, at: number): Parsed {
  DIGITS.lastIndex = at;
  const digits = DIGITS.exec(text);
  if (!digits) return { finding: null, consumed: at + 1 };
  const numberEnd = at + digits[0].length;
  const skip = { finding: null, consumed: numberEnd };
  if (!standsAlone(text, at, numberEnd)) return skip;

  const before = text.slice(Math.max(0, at - 6), at);
  const currency = CURRENCY_BEFORE.exec(before);
  const numberStart = currency ? at - currency[0].length : at;
  let value = Number(digits[0].replaceAll(',', ''));
  let end = numberEnd;
  let unit: string | null = null;

  if (!currency && isExcluded(text, at, numberEnd, digits[0])) return skip;

  SCALE.lastIndex = end;
  const scale = SCALE.exec(text);
  // "m", "k", "bn" only scale money ("$5m"); otherwise "5m" is five metres.
  if (scale && (scale[1] || currency)) {
    const word = (scale[1] ?? scale[2] ?? '').toLowerCase();
    value = Number(`${digits[0].replaceAll(',', '')}e${SCALES[word] ?? 0}`);
    end = SCALE.lastIndex;
  }
  if (currency) {
    unit = currencyCode(currency);
  } else {
    PERCENT.lastIndex = end;
    const percent = PERCENT.exec(text);
    if (percent) {
      unit = /point/i.test(percent[0]) ? 'percentage points' : 'percent';
      end = PERCENT.lastIndex;
    } else {
      UNIT_SUFFIX.lastIndex = end;
      const suffix = end === numberEnd ? UNIT_SUFFIX.exec(text) : null;
      if (suffix) {
        unit = suffix[0];
        end = UNIT_SUFFIX.lastIndex;
      } else if (/[\p{L}]/u.test(text.charAt(end))) {
        // "5G", "3D", "19th": part of a name or an ordinal.
        return skip;
      } else {
        const phrase = unitPhrase(text, end, true);
        if (phrase) {
          unit = phrase.unit;
          end = phrase.end;
        }
      }
    }
  }
  if (!Number.isFinite(value)) return skip;
  if (unit === null && !currency && namePart(text, numberStart)) return skip;
  const qualified = qualifierBefore(text, numberStart);
  return {
    finding: {
      span: { start: qualified.start, end },
      value,
      unit,
      qualifier: qualified.qualifier,
    },
    consumed: end,
  };
}

/** Not glued to other digits, letters or separators that make it a code, a time or a range. */
function standsAlone(text: string, start: number, end: number): boolean {
  const prev = text.charAt(start - 1);
  const prev2 = text.charAt(start - 2);
  if (/[\p{L}\p{N}_]/u.test(prev)) return false;
  // "COVID-19", "F-16"; also "3-5" and "1 – 0", ranges and scores, which have no single value.
  // A dash set off by spaces after a word is punctuation: "the toll — 30 people".
  const lead = text.slice(Math.max(0, start - 4), start);
  if (/[\p{L}\p{N}][-–—]$/u.test(lead) || /\d\s?[-–—]\s?$/.test(lead)) return false;
  if (/[/.:,]/.test(prev) && /\d/.test(prev2)) return false;
  const next = text.charAt(end);
  const next2 = text.charAt(end + 1);
  if (/[/:]/.test(next) && /\d/.test(next2)) return false;
  if (next === '.' && /\d/.test(next2)) return false;
  if (/^\s?[-–—]\s?\d/.test(text.slice(end, end + 4))) return false;
  return true;
}

function isExcluded(text: string, start: number, end: number, digits: string): boolean {
  if (!digits.includes(',') && !digits.includes('.') && isLikelyYear(text, start, end)) return true;
  if (digits.length >= 8 && !digits.includes(',')) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
  if (TIME_AFTER.test(after)) return true;
  return ID_BEFORE.test(before);
}

/** "Boeing 737", "Article 370", "Apollo 11": a capitalised word (not opening a sentence) before. */
function namePart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const word = /(\p{Lu}[\p{L}.]*)\s$/u.exec(before);
  if (!word) return false;
  const rest = before.slice(0, before.length - (word[1]?.length ?? 0) - 1);
  return !/(?:^|[.!?"“”:;\n]\s*)$/.test(rest) && !QUALIFIER_BEFORE.test(`${word[1] ?? ''} `);
}

function readWords(text: string, at: number): Parsed {
  WORD_NUMBER.lastIndex = at;
  const words = WORD_NUMBER.exec(text);
  if (!words) return { finding: null, consumed: at + 1 };
  const wordEnd = WORD_NUMBER.lastIndex;
  const skip = { finding: null, consumed: wordEnd };
  let value: number | undefined;
  if (words[1]) value = A_VALUES[words[1].toLowerCase()];
  else if (words[2]) {
    const tens = 20 + 10 * TENS.indexOf(words[2].toLowerCase());
    value = tens + ONES.indexOf((words[3] ?? '').toLowerCase()) + 1;
  } else value = ONES.indexOf((words[4] ?? '').toLowerCase()) + 1;
  // "one" is not read ("one of the"); anything else unknown is not a number.
  if (value === undefined || value <= 1) return skip;
  if (/[\p{L}\p{N}-]/u.test(text.charAt(at - 1))) return skip;

  let end = wordEnd;
  SCALE.lastIndex = end;
  const scale = SCALE.exec(text);
  if (scale?.[1]) {
    value *= 10 ** (SCALES[scale[1].toLowerCase()] ?? 0);
    end = SCALE.lastIndex;
  }
  let unit: string | null = null;
  PERCENT.lastIndex = end;
  const percent = PERCENT.exec(text);
  if (percent && !percent[0].startsWith('%')) {
    unit = /point/i.test(percent[0]) ? 'percentage points' : 'percent';
    end = PERCENT.lastIndex;
  } else {
    // A number written out counts something only when a plural noun follows: "two countries",
    // not "the two met".
    const phrase = unitPhrase(text, end, false);
    // "Two Sessions", "the Three Gorges": a name, not a count.
    if (!phrase || /\p{Lu}/u.test(phrase.unit.split(' ').at(-1)?.charAt(0) ?? '')) return skip;
    unit = phrase.unit;
    end = phrase.end;
  }
  const qualified = qualifierBefore(text, at);
  return {
    finding: { span: { start: qualified.start, end }, value, unit, qualifier: qualified.qualifier },
    consumed: end,
  };
}

const PHRASE_WORD = /[^\S\n]+([\p{L}][\p{L}'’]*(?:-[\p{L}]+)*)/uy;
const HYPHEN_COMPOUND = /-([\p{L}]+(?:-[\p{L}]+)*)/uy;

/**
 * The head noun phrase right after the number: at most three words, ending at a plural noun or a
 * unit, stopping at a function word. "registered blood donors via" gives "registered blood donors".
 */
function unitPhrase(
  text: string,
  from: number,
  allowCompound: boolean,
): { unit: string; end: number } | null {
  if (allowCompound) {
    // "a 19-year-old", "a 14-member team": the compound names what is counted.
    HYPHEN_COMPOUND.lastIndex = from;
    const compound = HYPHEN_COMPOUND.exec(text);
    if (compound?.[1]) return { unit: compound[1], end: HYPHEN_COMPOUND.lastIndex };
  }
  let position = from;
  let best: { unit: string; end: number } | null = null;
  const words: string[] = [];
  for (let i = 0; i < 3; i++) {
    PHRASE_WORD.lastIndex = position;
    const match = PHRASE_WORD.exec(text);
    const word = match?.[1];
    if (!word || STOP_WORDS.has(word.toLowerCase())) break;
    words.push(word);
    position = PHRASE_WORD.lastIndex;
    if (isUnitWord(word)) best = { unit: words.join(' '), end: position };
  }
  return best;
}

function isUnitWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_UNITS.has(lower) || /(?:children|people)$/.test(lower)) return true;
  if (NOT_PLURAL.has(lower) || lower.length < 3) return false;
  // Plural nouns; not "-ss" (class), "-us" (virus), "-is" (crisis) or possessives.
  return /[^s'’]s$/.test(lower) && !/(?:us|is)$/.test(lower);
}

function qualifierBefore(
  text: string,
  start: number,
): { start: number; qualifier: QuantityQualifier } {
  const before = text.slice(Math.max(0, start - 24), start);
  const match = QUALIFIER_BEFORE.exec(before);
  const phrase = match?.[1];
  if (!match || !phrase) return { start, qualifier: 'exact' };
  const found = QUALIFIERS.find(([pattern]) => pattern.test(phrase));
  if (!found) return { start, qualifier: 'exact' };
  const phraseAt = match.index + match[0].indexOf(phrase);
  return { start: start - before.length + phraseAt, qualifier: found[1] };
}

function currencyCode(match: RegExpExecArray): string {
  if (match[0].includes('$')) return SYMBOL_CODES[`${match[1] ?? ''}$`] ?? 'USD';
  const symbol = match[2] ?? '';
  if (symbol) return SYMBOL_CODES[symbol] ?? symbol;
  const code = (match[3] ?? '').replace('.', '');
  return SYMBOL_CODES[code] ?? code;
}
