// Decisions the desktop shell makes about what comes from outside: links a page wants to open and
// files the system asks us to open. Plain Node (no 'electron' import), so they are tested here.
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';

/**
 * The link to hand to the system browser, or null. Only https, never with credentials in it, never
 * longer than a sane URL; everything else (file:, javascript:, custom protocols that launch other
 * programs, http) is refused before the user is even asked.
 */
export function vetExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.href;
}

/** Extensions Briefbook opens when the system hands it a file (double-click, drop on the icon, argv). */
export const BOOK_EXTENSION = '.briefbook';
export const RECORD_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.eml'] as const;

/** The files named on a command line (a second launch, or the first), resolved against its folder. */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  // argv[0] is the executable; in development argv[1] is the app folder. Flags are never files.
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue;
    const ext = extname(arg).toLowerCase();
    if (ext !== BOOK_EXTENSION && !(RECORD_EXTENSIONS as readonly string[]).includes(ext)) continue;
    const file = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      if (existsSync(file) && statSync(file).isFile()) out.push(file);
    } catch {
      // Unreadable: skip it, the user sees nothing opened rather than a crash.
    }
  }
  return out;
}
