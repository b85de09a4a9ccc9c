import type { PersonDetail, PersonSummary } from '../../shared/types.ts';
import { CliError, callOnce, type Flags } from './session.ts';

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
    const person = await callOnce(flags, 'people.merge', { keepId, mergeId });
    process.stdout.write(`${flags.json ? JSON.stringify(person, null, 2) : `Merged into:\n${personText(person)}`}\n`);
    return 0;
  }
  const query = args.join(' ').trim();
  const people = await callOnce(flags, 'people.list', query ? { query } : {});
  const text = people.length
    ? people.map(personLine).join('\n')
    : query
      ? `Nobody in the people directory matches “${query}”.`
      : 'The people directory is empty: import records first.';
  process.stdout.write(`${flags.json ? JSON.stringify(people, null, 2) : text}\n`);
  return 0;
}
