// `briefbook desk …` (a laptop's side) and `briefbook desk-server …` (the desk's server).
import { CLASSIFICATIONS } from '../../shared/classification.ts';
import type { Classification } from '../../shared/types.ts';
import { issueToken, startDeskServer } from '../desk-server/server.ts';
import { CliError, callOnce, type Flags } from './session.ts';

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} kB`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function print(flags: Flags, value: unknown, text: string): void {
  process.stdout.write(`${flags.json ? JSON.stringify(value, null, 2) : text}\n`);
}

export async function runDesk(args: string[], flags: Flags): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'join') {
    const url = rest[0];
    if (!url || !flags.token)
      throw new CliError(
        'briefbook: name the desk server and your token: `briefbook desk join wss://HOST:PORT --token TOKEN`.',
        2,
      );
    const joined = await callOnce(flags, 'desk.join', { url, token: flags.token });
    print(
      flags,
      joined,
      `Joined the desk at ${joined.url} as ${joined.officer} (the server holds books up to ${joined.accredited}).\nRun \`briefbook desk sync\` to share this library.`,
    );
    return 0;
  }
  if (sub === 'sync') {
    const r = await callOnce(flags, 'desk.sync', {});
    const lines = [
      `Sent ${plural(r.sent.changes, 'change')} (${kb(r.sent.bytes)}); received ${plural(r.received.changes, 'change')} (${kb(r.received.bytes)}).`,
      `Books: ${r.books.created} new, ${r.books.updated} brought up to date, ${r.books.removed} removed. Records: ${r.records.added} new, ${plural(r.records.corrected, 'correction')} received. People: ${plural(r.people, 'directory edit')} received.`,
      ...r.refused.map((m) => `Not shared: ${m}`),
    ];
    print(flags, r, lines.join('\n'));
    return 0;
  }
  if (sub === 'status') {
    const s = await callOnce(flags, 'desk.status', {});
    const text = s.joined
      ? `Joined ${s.url} as ${s.officer} (accredited for ${s.accredited ?? 'unknown'}). ${s.pendingChanges ? `${plural(s.pendingChanges, 'change')} (${kb(s.pendingBytes)}) waiting to be sent.` : 'Up to date.'}${s.localOnlyBooks ? ` ${plural(s.localOnlyBooks, 'book')} stay on this laptop (marked above ${s.accredited}).` : ''}${s.lastSync ? ` Last sync ${s.lastSync}.` : ' Never synced.'}`
      : 'This library has not joined a desk (briefbook desk join wss://HOST:PORT --token TOKEN).';
    print(flags, s, text);
    return 0;
  }
  if (sub === 'restrict') {
    const [bookId, ...officers] = rest;
    if (!bookId) throw new CliError('briefbook: name the book: `briefbook desk restrict BOOK_ID [OFFICER]...`.', 2);
    const r = await callOnce(flags, 'desk.restrict', { bookId, officers });
    print(
      flags,
      r,
      r.officers ? `Book ${bookId} is open only to ${r.officers.join(', ')}.` : `Book ${bookId} is shared with the whole desk.`,
    );
    return 0;
  }
  throw new CliError('briefbook: `briefbook desk` takes join, sync, status or restrict. Run `briefbook --help`.', 2);
}

export async function runDeskServer(args: string[], flags: Flags): Promise<number> {
  const postgres = flags.postgres ?? process.env.BRIEFBOOK_DESK_POSTGRES;
  if (!postgres)
    throw new CliError(
      'briefbook: the desk server keeps its documents in PostgreSQL: give --postgres postgres://USER@HOST/DB.',
      2,
    );
  if (args[0] === 'token') {
    const name = flags.name?.trim();
    if (!name) throw new CliError('briefbook: name the officer: `briefbook desk-server token --postgres URL --name NAME`.', 2);
    const token = await issueToken(postgres, name);
    print(flags, { name, token }, token);
    return 0;
  }
  if (args.length) throw new CliError(`briefbook: unknown desk-server command “${args[0]}”.`, 2);
  const accredited = (flags.accredited?.toUpperCase() ?? 'RESTRICTED') as Classification;
  if (!CLASSIFICATIONS.includes(accredited))
    throw new CliError(`briefbook: --accredited must be one of ${CLASSIFICATIONS.join(', ')} (got ${flags.accredited}).`, 2);
  const port = flags.port === undefined ? 8443 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`briefbook: --port must be a number from 0 to 65535 (got ${flags.port}).`, 2);
  if (Boolean(flags['tls-cert']) !== Boolean(flags['tls-key']))
    throw new CliError(
      'briefbook: give both --tls-cert and --tls-key, or neither (then the server listens on this machine only).',
      2,
    );
  let server: Awaited<ReturnType<typeof startDeskServer>>;
  try {
    server = await startDeskServer({
      postgres,
      port,
      accredited,
      ...(flags.host ? { host: flags.host } : {}),
      ...(flags['tls-cert'] && flags['tls-key'] ? { tls: { cert: flags['tls-cert'], key: flags['tls-key'] } } : {}),
      ...(flags.redis ? { redis: flags.redis } : {}),
    });
  } catch (error) {
    throw new CliError(`briefbook: the desk server could not start: ${(error as Error).message}`);
  }
  console.log(
    `Desk server listening at ${server.url} (accredited for ${accredited}${flags.redis ? `; nodes share updates through ${flags.redis}` : ''}).`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // Documents still waiting for their debounce are stored first; a client that keeps reconnecting
  // does not keep the process up past a few seconds.
  setTimeout(() => process.exit(0), 3000).unref();
  await server.close();
  return 0;
}
