/**
 * The commands that need the whole pipeline or the whole corpus (ingest, validate, export). They
 * are built into their own file and loaded only when asked for, so browsing and the query
 * subcommands never load the NLP models the pipeline uses.
 */
export { exportCommand, validateCommand } from './commands/corpus-file.js';
export { ingestCommand } from './commands/ingest.js';
