/**
 * Bad input: says which file, where in it, and what is wrong, so a person can fix it without
 * reading code. `place` is a path into JSON (`entities[2].roles[0].title`), a line and column, a
 * byte offset, or '' when the whole file is at fault.
 */
export class InputError extends Error {
  readonly file: string;
  readonly place: string;
  readonly reason: string;

  constructor(file: string, place: string, reason: string) {
    super(place ? `${file}: ${place}: ${reason}` : `${file}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.place = place;
    this.reason = reason;
  }
}
