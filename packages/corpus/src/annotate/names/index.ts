export { proposeNames } from './propose-names.js';
export type { NameCandidate, NameType, ProposeNamesOptions } from './types.js';
