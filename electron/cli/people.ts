// The `people` verbs: the people directory, and merging two entries that are one person.
//   briefbook people [query]        everyone Briefbook has met (a query matches any form of a name)
//   briefbook people merge A B      B's forms, roles and records move to A
import { resolve } from 'node:path';
import type { PersonDetail, PersonSummary } from '../api/types.ts';
import { createBackend } from '../rpc/backend.ts';
import { resolveDataDir } from '../services/paths.ts';
import { VERSION } from '../services/version.ts';
import { CliError, type Flags } from './commands.ts';

async function withDispatch<T>(flags: Flags, method: string, input: unknown): Promise<T> {
  const backend = createBackend({
    dataDir: resolve(resolveDataDir(flags.data)),
    host: 'cli',
    version: VERSION,
    platform: { chooseExportTarget: async () => null },
  });
  try {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new CliError(`briefbook: ${result.error.message}`);
    return result.value as T;
  } finally {
    backend.close();
  }
}

export function personLine(p: PersonSummary): string {
  const forms = p.otherForms.length ? `  (${p.otherForms.join(', ')})` : '';
  const about = [p.role, p.country].filter(Boolean).join(', ');
  return `${p.id}  ${p.name}${forms}${about ? ` — ${about}` : ''}  [${p.recordCount} record${p.recordCount === 1 ? '' : 's'}${p.confirmed ? ', confirmed' : ''}]`;
}

export function personText(p: PersonDetail): string {
  const lines = [personLine(p), `  forms: ${p.forms.map((f) => `${f.form} (${f.script})`).join(', ')}`];
  for (const r of p.roles)
    lines.push(
      `  role: ${r.role}${r.country ? `, ${r.country}` : ''}  ${r.from ?? '?'} – ${r.to ?? '?'}${r.byUser ? '  (typed)' : ''}`,
    );
  for (const r of p.records)
    lines.push(`  record: ${r.recordId}  ${r.date ?? 'undated   '}  ${r.title}  as “${r.nameAsWritten}”`);
  return lines.join('\n');
}

export async function runPeople(args: string[], flags: Flags): Promise<number> {
  if (args[0] === 'merge') {
    const [, keepId, mergeId] = args;
    if (!keepId || !mergeId)
      throw new CliError('briefbook: name the two people to merge: `briefbook people merge KEEP_ID MERGE_ID`.', 2);
    const person = await withDispatch<PersonDetail>(flags, 'people.merge', { keepId, mergeId });
    process.stdout.write(`${flags.json ? JSON.stringify(person, null, 2) : `Merged into:\n${personText(person)}`}\n`);
    return 0;
  }
  const query = args.join(' ').trim();
  const people = await withDispatch<PersonSummary[]>(flags, 'people.list', query ? { query } : {});
  const text = people.length
    ? people.map(personLine).join('\n')
    : query
      ? `Nobody in the people directory matches “${query}”.`
      : 'The people directory is empty: import records first.';
  process.stdout.write(`${flags.json ? JSON.stringify(people, null, 2) : text}\n`);
  return 0;
}
