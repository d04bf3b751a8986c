import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see the old bytes or the new, never a torn mix, even if the
 * process dies: write a temp file beside it, fsync it, rename it over the target, then fsync the
 * folder so the rename itself survives a crash (the step write-file-atomic skips).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    const fd = openSync(temp, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length)
        written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dirname(file));
}

/** Writes only when the bytes differ, so unchanged files keep their times. Returns whether it wrote. */
export function writeFileIfChanged(file: string, data: string): boolean {
  let current: string | null = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = null;
  }
  if (current === data) return false;
  writeFileAtomic(file, data);
  return true;
}

export function fsyncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot fsync a folder; the rename is then as durable as they allow.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
