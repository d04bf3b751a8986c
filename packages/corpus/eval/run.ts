/**
 * `pnpm eval`: scores automatic annotation, with an empty knowledge base, on the GUM news
 * documents, and on GUM interviews from Wikinews (`gum-interview/`) as more development data.
 * Prints a table per split (test first: it is the headline figure) and one for the interviews, or
 * JSON with `--json`. `--errors` lists missed, spurious and wrongly typed names, for development
 * documents and interviews only: rules are tuned on those, never on the test pair;
 * `--by-document` gives typed figures per development document and interview, to see whether a
 * change helps several of them or only one; `--skip-test` leaves the test pair out altogether
 * (it is not even read) while rules are being developed. Writes nothing to disk.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NameType, proposeNames } from '../src/annotate/names/index.js';
import { type EvalDocument, readEvalDocuments } from './conllu.js';
import { formatDateScores, formatDocumentScores, formatNameScores } from './format-table.js';
import { type DateScores, loadDateScorer } from './load-date-scorer.js';
import { measureThroughput, WARM_UP_PASSES } from './measure-throughput.js';
import { type NameScores, nameErrors, type ScoredDocument, scoreNames } from './score-names.js';
import { formatPronounScores, type PronounScores, scorePronouns } from './score-pronouns.js';
import { SPLITS, type SplitName, splitOf } from './splits.js';

const ATTRIBUTION =
  'Data: GUM news and interview documents. Texts from Wikinews (CC BY 2.5); annotations CC BY ' +
  '4.0 by the GUM ' +
  'annotators (Zeldes, A. 2017. "The GUM Corpus: Creating Multilayer Resources in the ' +
  'Classroom". Language Resources and Evaluation 51(3)).';

interface GroupResult {
  documents: string[];
  names: NameScores;
  dates: DateScores | null;
  pronouns: PronounScores;
}

interface SplitResult extends GroupResult {
  split: SplitName;
}

/** The interviews kept in the package: GUM's other Wikinews genre (see `gum-interview/`). */
const INTERVIEW_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gum-interview');
const INTERVIEW_TITLE = 'More development data: GUM interviews (Wikinews)';

function evalDirectory(): string {
  const override = process.env.GENEBELT_EVAL_DIR;
  if (override !== undefined && override.length > 0) return path.resolve(override);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const repoRoot = path.resolve(here, '..', '..', '..');
  return path.resolve(repoRoot, '..', 'shared', 'eval', 'gum-news');
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const dir = evalDirectory();
  if (!existsSync(dir)) {
    console.error(
      `The GUM evaluation documents are not at ${dir}.\n` +
        'Put the GUM news .conllu files there, or set GENEBELT_EVAL_DIR to their folder.',
    );
    return 1;
  }
  // With --skip-test the test pair is not even read: nothing is proposed on it, not even to time.
  const documents = readEvalDocuments(
    dir,
    (name) => !(args.has('--skip-test') && splitOf(name) === 'test'),
  );
  if (documents.length === 0) {
    console.error(`No .conllu files in ${dir}.`);
    return 1;
  }
  const interviews = existsSync(INTERVIEW_DIR) ? readEvalDocuments(INTERVIEW_DIR) : [];
  const dateScorer = await loadDateScorer();
  const gazetteer = new Map<string, NameType>();
  const results: SplitResult[] = [];
  const developmentScored: ScoredDocument[] = [];
  const score = (members: EvalDocument[]): { scored: ScoredDocument[]; result: GroupResult } => {
    const scored = members.map((document) => ({
      document,
      predictions: proposeNames(document.text, { gazetteer }),
    }));
    return {
      scored,
      result: {
        documents: members.map((document) => document.name),
        names: scoreNames(scored),
        dates: dateScorer.available ? safeScoreDates(dateScorer.score, members) : null,
        pronouns: scorePronouns(members),
      },
    };
  };

  for (const split of SPLITS) {
    if (split === 'test' && args.has('--skip-test')) continue;
    const members = documents.filter((document) => splitOf(document.name) === split);
    if (members.length === 0) continue;
    const { scored, result } = score(members);
    if (split !== 'test') developmentScored.push(...scored);
    results.push({ split, ...result });
  }
  const interviewGroup = interviews.length > 0 ? score(interviews) : null;
  if (interviewGroup !== null) developmentScored.push(...interviewGroup.scored);
  // Throughput is measured on the news texts, as before the interviews were added, so that
  // figures stay comparable across changes.
  const throughput = measureThroughput(documents.map((document) => document.text));

  if (args.has('--json')) {
    console.log(
      JSON.stringify(
        {
          attribution: ATTRIBUTION,
          dateScoring: dateScorer.available ? 'available' : dateScorer.reason,
          splits: results,
          interviews: interviewGroup === null ? null : interviewGroup.result,
          throughput,
        },
        null,
        2,
      ),
    );
    return 0;
  }

  console.log('genebelt evaluation: automatic annotation with an empty knowledge base\n');
  for (const result of results) {
    console.log(`${SPLIT_TITLES[result.split]} (${result.documents.length} documents)`);
    console.log(formatNameScores(result.names));
    if (result.dates !== null) console.log(formatDateScores(result.dates));
    console.log(formatPronounScores(result.pronouns));
    console.log('');
  }
  if (interviewGroup !== null) {
    console.log(`${INTERVIEW_TITLE} (${interviewGroup.result.documents.length} documents)`);
    console.log(formatNameScores(interviewGroup.result.names));
    if (interviewGroup.result.dates !== null) {
      console.log(formatDateScores(interviewGroup.result.dates));
    }
    console.log(formatPronounScores(interviewGroup.result.pronouns));
    console.log('');
  }
  if (!dateScorer.available) {
    console.log(`Dates: date scoring not available (${dateScorer.reason}).\n`);
  }
  console.log(
    `Throughput of proposeNames on one core: ${throughput.megabytesPerSecond.toFixed(2)} MB/s ` +
      `(median of ${throughput.passes} timed passes over all ${documents.length} texts, ` +
      `${(throughput.bytes / 1000).toFixed(0)} kB of UTF-8, after ${WARM_UP_PASSES} warm-up ` +
      'passes)\n',
  );
  if (args.has('--by-document')) {
    console.log(
      'Typed figures per development document (dev pair, development set and interviews):',
    );
    console.log(
      formatDocumentScores(
        developmentScored.map((scored) => ({
          document: scored.document.name.replace(/^GUM_news_/, '').replace(/^GUM_/, ''),
          scores: scoreNames([scored]),
        })),
      ),
    );
    console.log('');
  }
  if (args.has('--errors')) {
    console.log(
      'Errors on development documents (dev pair, development set and interviews; never the ' +
        'test pair):',
    );
    for (const error of nameErrors(developmentScored)) {
      const wrong = error.predictedType === undefined ? '' : ` -> ${error.predictedType}`;
      console.log(`  ${error.document}\t${error.kind}\t${error.type}${wrong}\t${error.text}`);
    }
    console.log('');
  }
  console.log(ATTRIBUTION);
  return 0;
}

const SPLIT_TITLES: Record<SplitName, string> = {
  test: 'Test pair: GUM_news_nasa, GUM_news_sensitive (headline figure; never tuned on)',
  dev: 'Dev pair: GUM_news_homeopathic, GUM_news_iodine',
  development: 'Development set: the other 20 news documents',
};

function safeScoreDates(
  score: (documents: EvalDocument[]) => DateScores,
  documents: EvalDocument[],
): DateScores | null {
  try {
    return score(documents);
  } catch (error) {
    console.error(`date scoring failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
