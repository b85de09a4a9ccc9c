// Reading a file the user named, with a bound fixed before the first byte is read: devices
// (/dev/zero), pipes, sockets and folders are refused from their stat alone (never opened, so a pipe
// cannot block), a file over the limit is refused from its size, and the read itself stops one byte
// past the limit, so a file that grows while it is read cannot take more memory than the limit.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';

export type FileReadProblem =
  | { problem: 'missing' }
  | { problem: 'not-a-file'; what: string }
  | { problem: 'too-large'; size: number }
  | { problem: 'empty' }
  | { problem: 'unreadable'; detail: string };

export type FileRead = { ok: true; bytes: Uint8Array } | ({ ok: false } & FileReadProblem);

/** What a path is, in a desk officer's words, when it is not a file. */
function whatItIs(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

// O_NONBLOCK: should the path be swapped for a pipe between stat and open, the open does not hang.
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : (constants.O_NONBLOCK ?? 0));

export function readFileBounded(path: string, maxBytes: number): FileRead {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing' };
    return { ok: false, problem: 'unreadable', detail: (error as Error).message };
  }
  if (!stat.isFile()) return { ok: false, problem: 'not-a-file', what: whatItIs(stat) };
  if (stat.size > maxBytes) return { ok: false, problem: 'too-large', size: stat.size };
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as Error).message };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, problem: 'not-a-file', what: whatItIs(opened) };
    if (opened.size > maxBytes) return { ok: false, problem: 'too-large', size: opened.size };
    const cap = maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(cap, opened.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= cap) break;
        // The file grew after its stat: take more room, never past the limit.
        const bigger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2 + 65_536));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { ok: false, problem: 'too-large', size: length };
    if (length === 0) return { ok: false, problem: 'empty' };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}
