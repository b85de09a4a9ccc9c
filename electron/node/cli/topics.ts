// The `topics` and `commitments` verbs, and the search filters (--topic, --country, --from, --to).

import type { LedgerEntry, SearchFilters, Topic } from '../../shared/types.ts';
import { CliError, callOnce, type Flags } from './session.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The search filters the flags ask for, or undefined when there are none. */
export function searchFilters(flags: Flags): SearchFilters | undefined {
  for (const key of ['from', 'to'] as const) {
    const v = flags[key];
    if (v !== undefined && !DATE.test(v))
      throw new CliError(`briefbook: --${key} must be a date written as YYYY-MM-DD (got ${v}).`, 2);
  }
  const filters: SearchFilters = {};
  if (flags.topic) filters.topic = flags.topic;
  if (flags.country) filters.country = flags.country;
  if (flags.from) filters.from = flags.from;
  if (flags.to) filters.to = flags.to;
  return Object.keys(filters).length ? filters : undefined;
}

export function topicLine(t: Topic): string {
  const aliases = t.aliases.map((a) => (a.sourceCountry ? `${a.alias} (in ${a.sourceCountry} sources)` : a.alias));
  return `${t.id.padEnd(26)} ${t.name}  [${t.paragraphCount} paragraphs${t.kind === 'country' ? ', country' : ''}]\n    ${aliases.join(', ')}`;
}

export function commitmentLine(e: LedgerEntry): string {
  const link = e.previous
    ? `\n    came up before: ${e.previous.recordTitle}${e.previous.date ? `, ${e.previous.date}` : ''}`
    : '';
  return `${e.date ?? 'undated   '}  ${e.status.padEnd(11)} ${e.who}${e.whoCountry ? ` (${e.whoCountry})` : ''} ${e.what}\n    source: ${e.recordTitle}, para ${e.label}  [${e.id}]${e.note ? `\n    note: ${e.note}` : ''}${link}`;
}

export async function runTopics(flags: Flags): Promise<number> {
  const topics = await callOnce(flags, 'topics.list', {});
  process.stdout.write(`${flags.json ? JSON.stringify(topics, null, 2) : topics.map(topicLine).join('\n')}\n`);
  return 0;
}

export async function runCommitments(flags: Flags): Promise<number> {
  const entries = await callOnce(flags, 'ledger.list', flags.country ? { counterpart: flags.country } : {});
  const text = entries.length ? entries.map(commitmentLine).join('\n') : 'No commitments found in the library.';
  process.stdout.write(`${flags.json ? JSON.stringify(entries, null, 2) : text}\n`);
  return 0;
}
