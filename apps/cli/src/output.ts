/**
 * Plain output: every line to stdout or stderr goes through the sanitiser, JSON through
 * terminalJson. Commands write through an Output so tests can capture what they print.
 */
import { sanitize, terminalJson } from './sanitize.js';

export interface Output {
  /** One line of text (newlines inside it are kept, control characters are not). */
  line(text?: string): void;
  /** One JSON value, pretty-printed, lossless, with no raw control character. */
  json(value: unknown): void;
  /** Raw text already made safe by the caller (large exports written in pieces). */
  write(safeText: string): void;
  /** One line to stderr. */
  error(text: string): void;
}

export function streamOutput(
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): Output {
  return {
    line: (text = '') => {
      stdout.write(`${sanitize(text)}\n`);
    },
    json: (value) => {
      stdout.write(`${terminalJson(value, 2)}\n`);
    },
    write: (safeText) => {
      stdout.write(safeText);
    },
    error: (text) => {
      stderr.write(`${sanitize(text)}\n`);
    },
  };
}

/** An Output that keeps what is printed (tests, and the property test of every print path). */
export function memoryOutput(): Output & { stdout: string; stderr: string } {
  const captured = { stdout: '', stderr: '' };
  return Object.assign(captured, {
    line: (text = '') => {
      captured.stdout += `${sanitize(text)}\n`;
    },
    json: (value: unknown) => {
      captured.stdout += `${terminalJson(value, 2)}\n`;
    },
    write: (safeText: string) => {
      captured.stdout += safeText;
    },
    error: (text: string) => {
      captured.stderr += `${sanitize(text)}\n`;
    },
  });
}

/** A failure the user can fix: bad input (exit 1) or bad usage (exit 2). */
export class CliError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
