import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConllu, readEvalDocuments } from './conllu.js';
import { identityFieldOf, parseEntityBrackets } from './entity-brackets.js';

// Two sentences of GUM_news_afghan (GUM, github.com/amir-zeldes/gum, dep/, commit 72ce5ac): the
// dateline paragraph and the fourth sentence, whose own paragraph opens with the third sentence
// (left out here). Text from Wikinews (CC BY 2.5); annotations CC BY 4.0 by the GUM annotators
// (Zeldes, A. 2017. "The GUM Corpus: Creating Multilayer Resources in the Classroom". Language
// Resources and Evaluation 51(3)). MISC attributes the reader ignores (Discourse, PDTB, MSeg, Cxn,
// CxnElt, Bridge) and header lines other than the ones it reads are left out.
const EXCERPT = `# newdoc id = GUM_news_afghan
# meta::dateCreated = 2017-07-18
# meta::title = After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition

# newpar
# newpar_block = p (1 s)
# sent_id = GUM_news_afghan-2
# s_prominence = 2
# s_type = frag
# transition = null
# text = Friday, July 21, 2017
1\tFriday\tFriday\tPROPN\tNNP\tNumber=Sing\t0\troot\t0:root\tEntity=(7-time-new-nnnnn-cf1-1-coref)|SpaceAfter=No|XML=<hi rend:::"bold"><date when:::"2017-07-21">
2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t4:punct\t_
3\tJuly\tJuly\tPROPN\tNNP\tNumber=Sing\t4\tcompound\t4:compound\tEntity=(7-time-giv:act-n____-cf1-2-appos
4\t21\t21\tNUM\tCD\tNumForm=Digit|NumType=Card\t1\tappos\t1:appos\tSpaceAfter=No
5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t6:punct\t_
6\t2017\t2017\tNUM\tCD\tNumForm=Digit|NumType=Card\t4\tnmod:unmarked\t4:nmod:unmarked\tEntity=(8-time-new-nnnnn-cf2-1-coref)7)|XML=</date></hi>

# newpar
# sent_id = GUM_news_afghan-4
# s_prominence = 2
# s_type = decl
# transition = establishment
# text = The six - member Afghan team, which consists entirely of girls, had been denied visas to enter the United States until last week, drawing notice from critics of U.S. President Donald Trump's policies regarding Muslims traveling to the U.S.
1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t6\tdet\t6:det\tEntity=(3-organization-giv:act-sssss-cf1*-6-coref-Afghan_Girls_Robotics_Team
2\tsix\tsix\tNUM\tCD\tNumForm=Word|NumType=Card\t4\tnummod\t4:nummod\t_
3\t-\t-\tPUNCT\tHYPH\t_\t2\tpunct\t2:punct\t_
4\tmember\tmember\tNOUN\tNN\tNumber=Sing\t6\tcompound\t6:compound\t_
5\tAfghan\tAfghan\tADJ\tJJ\tDegree=Pos\t6\tamod\t6:amod\t_
6\tteam\tteam\tNOUN\tNN\tNumber=Sing\t16\tnsubj:pass\t9:nsubj|16:nsubj:pass\tSpaceAfter=No
7\t,\t,\tPUNCT\t,\t_\t9\tpunct\t9:punct\t_
8\twhich\twhich\tPRON\tWDT\tPronType=Rel\t9\tnsubj\t6:ref\t_
9\tconsists\tconsist\tVERB\tVBZ\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t6\tacl:relcl\t6:acl:relcl\t_
10\tentirely\tentirely\tADV\tRB\tDegree=Pos\t9\tadvmod\t9:advmod\t_
11\tof\tof\tADP\tIN\t_\t12\tcase\t12:case\t_
12\tgirls\tgirl\tNOUN\tNNS\tNumber=Plur\t9\tobl\t9:obl:of\tEntity=(17-person-new-snnsn-cf7-1-coref)3)|SpaceAfter=No
13\t,\t,\tPUNCT\t,\t_\t6\tpunct\t6:punct\t_
14\thad\thave\tAUX\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t16\taux\t16:aux\t_
15\tbeen\tbe\tAUX\tVBN\tTense=Past|VerbForm=Part\t16\taux:pass\t16:aux:pass\t_
16\tdenied\tdeny\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t0:root\t_
17\tvisas\tvisa\tNOUN\tNNS\tNumber=Plur\t16\tobj\t16:obj\tEntity=(2-abstract-giv:inact-snsnn-cf3-1,5-coref
18\tto\tto\tPART\tTO\t_\t19\tmark\t19:mark\t_
19\tenter\tenter\tVERB\tVB\tVerbForm=Inf\t17\tacl\t17:acl:to\t_
20\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t22\tdet\t22:det\tEntity=(18-place-new-snsns-cf2-2,3-coref-United_States
21\tUnited\tUnite\tVERB\tNNP\tTense=Past|VerbForm=Part\t22\tamod\t22:amod\tXML=<ref target:::"https://en.wikinews.org/wiki/United_States">
22\tStates\tState\tPROPN\tNNPS\tNumber=Plur\t19\tobj\t19:obj\tEntity=18)2)|XML=</ref>
23\tuntil\tuntil\tADP\tIN\t_\t25\tcase\t25:case\t_
24\tlast\tlast\tADJ\tJJ\tDegree=Pos\t25\tamod\t25:amod\tEntity=(19-time-acc:inf-nnnnn-cf4-2-sgl|XML=<date from:::"2017-07-10" to:::"2017-07-16">
25\tweek\tweek\tNOUN\tNN\tNumber=Sing\t16\tobl\t16:obl:until\tEntity=19)|SpaceAfter=No|XML=</date>
26\t,\t,\tPUNCT\t,\t_\t27\tpunct\t27:punct\t_
27\tdrawing\tdraw\tVERB\tVBG\tTense=Pres|VerbForm=Part\t16\tadvcl\t16:advcl\t_
28\tnotice\tnotice\tNOUN\tNN\tNumber=Sing\t27\tobj\t27:obj\t_
29\tfrom\tfrom\tADP\tIN\t_\t30\tcase\t30:case\t_
30\tcritics\tcritic\tNOUN\tNNS\tNumber=Plur\t28\tnmod\t28:nmod:from\tEntity=(20-person-new-nnnnn-cf8-1,3,4,6-sgl
31\tof\tof\tADP\tIN\t_\t37\tcase\t37:case\t_
32\tU.S.\tU.S.\tPROPN\tNNP\tAbbr=Yes|Number=Sing\t33\tcompound\t33:compound\tEntity=(21-abstract-new-nnnnn-cf9-1,2,4,6-sgl(22-person-new-ssnsn-cf5-1,2,3,4-coref-Donald_Trump(18-place-giv:act-snsns-cf2-1-coref-United_States)
33\tPresident\tPresident\tPROPN\tNNP\tNumber=Sing\t34\tnmod:desc\t34:nmod:desc\t_
34\tDonald\tDonald\tPROPN\tNNP\tNumber=Sing\t37\tnmod:poss\t37:nmod:poss\tXML=<ref target:::"https://en.wikinews.org/wiki/Donald_Trump">
35-36\tTrump's\t_\t_\t_\t_\t_\t_\t_\t_
35\tTrump\tTrump\tPROPN\tNNP\tNumber=Sing\t34\tflat\t34:flat\tXML=</ref>
36\t's\t's\tPART\tPOS\t_\t34\tcase\t34:case\tEntity=22)
37\tpolicies\tpolicy\tNOUN\tNNS\tNumber=Plur\t30\tnmod\t30:nmod:of\t_
38\tregarding\tregard\tVERB\tVBG\tTense=Pres|VerbForm=Part\t39\tcase\t39:case\t_
39\tMuslims\tMuslim\tPROPN\tNNPS\tNumber=Plur\t37\tnmod\t37:nmod:regarding\tEntity=(23-person-new-nnnnn-cf6-1-sgl|XML=<ref target:::"https://en.wikinews.org/wiki/Islam"></ref>
40\ttraveling\ttravel\tVERB\tVBG\tVerbForm=Ger\t39\tacl\t39:acl\t_
41\tto\tto\tADP\tIN\t_\t43\tcase\t43:case\t_
42\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t43\tdet\t43:det\tEntity=(18-place-giv:act-snsns-cf2-2-coref-United_States
43\tU.S.\tU.S.\tPROPN\tNNP\tAbbr=Yes|Number=Sing\t40\tobl\t40:obl:to\tEntity=18)23)21)20)
`;

const SENTENCE_2 = 'Friday, July 21, 2017';
const SENTENCE_4 =
  'The six - member Afghan team, which consists entirely of girls, had been denied visas to enter ' +
  "the United States until last week, drawing notice from critics of U.S. President Donald Trump's " +
  'policies regarding Muslims traveling to the U.S.';

describe('parseConllu', () => {
  const document = parseConllu('GUM_news_afghan', EXCERPT);
  const slice = (span: { start: number; end: number }) => document.text.slice(span.start, span.end);

  it('rebuilds the text exactly, paragraphs apart by a blank line', () => {
    expect(document.text).toBe(`${SENTENCE_2}\n\n${SENTENCE_4}`);
    expect(document.sentences.map(slice)).toEqual([SENTENCE_2, SENTENCE_4]);
    expect(document.paragraphs.map(slice)).toEqual([SENTENCE_2, SENTENCE_4]);
  });

  it('reads the title and the publication date', () => {
    expect(document.title).toBe(
      "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition",
    );
    expect(document.dateCreated).toBe('2017-07-18');
  });

  it('places every token, including the parts of a multi-word token', () => {
    for (const token of document.tokens) expect(slice(token.span)).toBe(token.form);
    const trump = document.tokens.findIndex((token) => token.form === 'Trump');
    expect(document.tokens[trump + 1]?.form).toBe("'s");
    expect(document.tokens[trump]?.span.end).toBe(document.tokens[trump + 1]?.span.start);
  });

  it('reads gold mentions whose spans slice to their tokens', () => {
    for (const mention of document.mentions) {
      const tokens = document.tokens.slice(mention.firstToken, mention.lastToken + 1);
      expect(slice(mention.span).replace(/ /g, '')).toBe(
        tokens.map((token) => token.form).join(''),
      );
    }
    const trump = document.mentions.find((mention) => mention.identity === 'Donald_Trump');
    expect(trump?.type).toBe('person');
    expect(trump === undefined ? '' : slice(trump.span)).toBe("U.S. President Donald Trump's");
  });

  it('marks named mentions and the name inside each', () => {
    const names = document.mentions
      .filter((mention) => mention.isNamed && mention.nameSpan !== null)
      .map((mention) => [mention.nameSpan === null ? '' : slice(mention.nameSpan), mention.type]);
    expect(names).toEqual([
      ['United States', 'place'],
      ['Donald Trump', 'person'],
      ['U.S.', 'place'],
      ['U.S.', 'place'],
    ]);
    const team = document.mentions.find((mention) => slice(mention.span).startsWith('The six'));
    expect(team?.isNamed).toBe(false);
    const muslims = document.mentions.find((mention) => slice(mention.span).startsWith('Muslims'));
    expect(muslims?.isNamed).toBe(false);
  });

  it('reads gold dates, with ranges as intervals', () => {
    expect(document.dates.map((date) => [slice(date.span), date.when])).toEqual([
      [SENTENCE_2, '2017-07-21'],
      ['last week', '2017-07-10/2017-07-16'],
    ]);
    expect(document.dates[1]?.attributes).toEqual({ from: '2017-07-10', to: '2017-07-16' });
  });
});

// Three sentences of GUM_interview_brotherhood (GUM, github.com/amir-zeldes/gum, dep/, commit
// 67cfd84), a file whose `# global.Entity` header has no salience field, so its identities sit one
// field earlier than in the news files. The second sentence is cut after "think" and the third
// sentence's `# newpar` line is left out, to show that a new speaker starts a paragraph by itself.
// Text from Wikinews (CC BY 2.5); annotations CC BY 4.0 by the GUM annotators (Zeldes, A. 2017.
// "The GUM Corpus: Creating Multilayer Resources in the Classroom". Language Resources and
// Evaluation 51(3)). MISC attributes the reader ignores and other header lines are left out.
const INTERVIEW_EXCERPT = `# newdoc id = GUM_interview_brotherhood
# global.Entity = GRP-etype-infstat-centering-minspan-link-identity
# meta::dateCreated = 2013-10-09
# meta::title = Wikinews interviews President of the International Brotherhood of Magicians
# sent_id = GUM_interview_brotherhood-12
# speaker = Wikinews
# text = October is National Magic Month in the US.
# newpar
1\tOctober\tOctober\tPROPN\tNNP\tNumber=Sing\t5\tnsubj\t5:nsubj\tEntity=(7-time-giv:inact-cf1-1-coref)
2\tis\tbe\tAUX\tVBZ\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t5\tcop\t5:cop\t_
3\tNational\tNational\tADJ\tNNP\tDegree=Pos\t5\tamod\t5:amod\tEntity=(7-time-giv:act-cf1-1,2,3-coref
4\tMagic\tMagic\tPROPN\tNNP\tNumber=Sing\t5\tcompound\t5:compound\tEntity=(8-abstract-giv:inact-cf3-1-coref-Magic_%28illusion%29)
5\tMonth\tMonth\tPROPN\tNNP\tNumber=Sing\t0\troot\t0:root\tEntity=7)
6\tin\tin\tADP\tIN\t_\t8\tcase\t8:case\t_
7\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t8\tdet\t8:det\tEntity=(9-place-giv:inact-cf2-2-coref-United_States
8\tUS\tUS\tPROPN\tNNP\tAbbr=Yes|Number=Sing\t5\tnmod\t5:nmod:in\tEntity=9)|SpaceAfter=No
9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_

# sent_id = GUM_interview_brotherhood-13
# speaker = Wikinews
# text = Do you think?
1\tDo\tdo\tAUX\tVBP\tMood=Ind|Number=Sing|Person=2|Tense=Pres|VerbForm=Fin\t3\taux\t3:aux\t_
2\tyou\tyou\tPRON\tPRP\tCase=Nom|Number=Sing|Person=2|PronType=Prs\t3\tnsubj\t3:nsubj\tEntity=(2-person-giv:inact-cf2-1-ana)
3\tthink\tthink\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
4\t?\t?\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_

# sent_id = GUM_interview_brotherhood-14
# speaker = WilliamEvans
# text = Absolutely.
1\tAbsolutely\tabsolutely\tADV\tRB\tDegree=Pos\t0\troot\t0:root\tSpaceAfter=No
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t1:punct\t_
`;

describe('parseConllu on an interview', () => {
  const document = parseConllu('GUM_interview_brotherhood', INTERVIEW_EXCERPT);
  const slice = (span: { start: number; end: number }) => document.text.slice(span.start, span.end);

  it('reads identities where the header puts them', () => {
    const us = document.mentions.find((mention) => mention.type === 'place');
    expect(us?.identity).toBe('United_States');
    expect(document.mentions.find((mention) => mention.type === 'abstract')?.identity).toBe(
      'Magic_(illusion)',
    );
  });

  it('keeps speaker names out of the text and starts a paragraph at each new speaker', () => {
    expect(document.text).toBe(
      'October is National Magic Month in the US. Do you think?\n\nAbsolutely.',
    );
    expect(document.paragraphs.map(slice)).toEqual([
      'October is National Magic Month in the US. Do you think?',
      'Absolutely.',
    ]);
  });
});

describe('parseEntityBrackets', () => {
  it('reads openings, one-token mentions and closings in order', () => {
    expect(
      parseEntityBrackets(
        '(28-abstract-new-nnnnn-cf8-3-sgl(29-place-new-nnssn-cf7-1-coref-Afghanistan',
      ),
    ).toEqual([
      { kind: 'open', id: '28', type: 'abstract', identity: null, closesHere: false },
      { kind: 'open', id: '29', type: 'place', identity: 'Afghanistan', closesHere: false },
    ]);
    expect(parseEntityBrackets('(1-organization-new-sssss-cf2-1-coref-NASA)3)2)')).toEqual([
      { kind: 'open', id: '1', type: 'organization', identity: 'NASA', closesHere: true },
      { kind: 'close', id: '3' },
      { kind: 'close', id: '2' },
    ]);
  });

  it('finds the identity where a header without salience puts it', () => {
    const layout = identityFieldOf('GRP-etype-infstat-centering-minspan-link-identity');
    expect(layout).toBe(5);
    expect(parseEntityBrackets('(9-place-giv:inact-cf2-2-coref-United_States', layout)).toEqual([
      { kind: 'open', id: '9', type: 'place', identity: 'United_States', closesHere: false },
    ]);
    expect(identityFieldOf('GRP-etype-infstat-salience-centering-minspan-link-identity')).toBe(6);
    expect(identityFieldOf('GRP-etype')).toBeNull();
  });

  it('decodes escaped identities', () => {
    const [bracket] = parseEntityBrackets(
      '(43-organization-giv-n____-cf4-1,4-coref-Party_%28HK%29)',
    );
    expect(bracket).toMatchObject({ identity: 'Party_(HK)' });
  });
});

// The full GUM news documents, where this checkout has them beside the repository.
const GUM_DIR =
  process.env.GENEBELT_EVAL_DIR ??
  path.resolve(
    fileURLToPath(import.meta.url),
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'eval',
    'gum-news',
  );

describe.skipIf(!existsSync(GUM_DIR))('readEvalDocuments on the GUM news documents', () => {
  // Read lazily: a skipped describe still runs its body to collect tests.
  let documents: ReturnType<typeof readEvalDocuments> = [];
  beforeAll(() => {
    documents = readEvalDocuments(GUM_DIR);
  });

  it('rebuilds every sentence exactly as its "# text" line gives it', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      const source = readFileSync(path.join(GUM_DIR, `${document.name}.conllu`), 'utf8');
      const texts = source
        .split('\n')
        .filter((line) => line.startsWith('# text = '))
        .map((line) => line.slice('# text = '.length));
      const rebuilt = document.sentences.map((span) => document.text.slice(span.start, span.end));
      expect(rebuilt).toEqual(texts);
    }
  });

  it('is sorted by name and gives every named mention a name inside it', () => {
    const names = documents.map((document) => document.name);
    expect(names).toEqual([...names].sort());
    for (const document of documents) {
      for (const mention of document.mentions) {
        if (mention.nameSpan === null) continue;
        expect(mention.nameSpan.start).toBeGreaterThanOrEqual(mention.span.start);
        expect(mention.nameSpan.end).toBeLessThanOrEqual(mention.span.end);
        const name = document.text.slice(mention.nameSpan.start, mention.nameSpan.end);
        expect(name).toBe(name.trim());
      }
    }
  });
});

// The interviews kept in the package (see gum-interview/README.md).
const INTERVIEW_DIR = path.resolve(fileURLToPath(import.meta.url), '..', 'gum-interview');

describe('readEvalDocuments on the GUM interviews', () => {
  it('rebuilds every sentence exactly and finds named mentions of all three types', () => {
    const documents = readEvalDocuments(INTERVIEW_DIR);
    expect(documents.length).toBeGreaterThanOrEqual(3);
    const types = new Set<string>();
    for (const document of documents) {
      const source = readFileSync(path.join(INTERVIEW_DIR, `${document.name}.conllu`), 'utf8');
      const texts = source
        .split('\n')
        .filter((line) => line.startsWith('# text = '))
        .map((line) => line.slice('# text = '.length));
      expect(document.sentences.map((span) => document.text.slice(span.start, span.end))).toEqual(
        texts,
      );
      for (const mention of document.mentions) if (mention.isNamed) types.add(mention.type);
    }
    expect([...types].sort()).toEqual(['organization', 'person', 'place']);
  });
});
