// Joining a desk, and restricting a book to named officers.
import { fail } from '../../shared/errors.ts';
import { getBook } from '../books/books.ts';
import type { Db } from '../db/statements.ts';
import { deskBookEdited } from './books.ts';
import { docAccess, setAccess } from './doc.ts';
import { bookDocName, deskSettings, editDoc, loadDoc, saveDeskSettings } from './store.ts';
import { serverInfo } from './sync.ts';

const LOOPBACK = /^wss?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/** Checks the address and the token with the server, then keeps them: the next sync shares this library. */
export async function deskJoin(db: Db, url: string, token: string) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('BAD_INPUT', `“${url}” is not a desk server address: it looks like wss://desk.example.org:8443.`);
  }
  if (parsed.protocol !== 'wss:' && !(parsed.protocol === 'ws:' && LOOPBACK.test(url)))
    fail(
      'BAD_INPUT',
      `The desk server address must start with wss:// (encrypted); plain ws:// is only for a server on this machine.`,
    );
  const info = await serverInfo(url, token).catch((error: { code?: string }) => {
    // Joining changes nothing until the server has answered: say so, not what a sync would say.
    if (error.code === 'DESK_UNREACHABLE')
      fail(
        'DESK_UNREACHABLE',
        `Briefbook could not join: the desk server at ${url} cannot be reached. Check the address, or join when this laptop is on the desk's network. Nothing was changed.`,
      );
    throw error;
  });
  saveDeskSettings(db, { url: url.replace(/\/$/, ''), token, officer: info.officer, accredited: info.accredited });
  return { joined: true as const, url, officer: info.officer, accredited: info.accredited };
}

/** The owner restricts a book to named officers (an empty list shares it with the whole desk again). */
export function deskRestrict(db: Db, bookId: string, officers: string[]) {
  const settings = deskSettings(db);
  if (!settings) return fail('BAD_INPUT', 'This library has not joined a desk: there is nobody to restrict the book to.');
  getBook(db, bookId);
  deskBookEdited(db, bookId);
  const { owner } = docAccess(loadDoc(db, bookDocName(bookId)));
  if (owner && owner !== settings.officer)
    fail('UNAUTHORIZED', `Only the book’s owner, ${owner}, can restrict it to named officers.`);
  const list = officers.length ? [...new Set([settings.officer, ...officers])] : null;
  editDoc(db, bookDocName(bookId), bookId, (doc) => setAccess(doc, { officers: list }));
  return { bookId, officers: list };
}
