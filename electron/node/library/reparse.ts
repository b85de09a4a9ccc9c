// Reading records again with this version's parser, after it has learnt more (a better rule, a
// person confirmed in the directory). What is re-read is the fields, never the paragraphs:
// talking points cite paragraphs by id. People's corrections and confirmations live in their
// own tables and stay laid over whatever the parser reads now.

import { fail } from '../../shared/errors.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { peopleDirectory } from '../people/directory.ts';
import { parseRecordText } from './parse/index.ts';
import type { ParseHints } from './parse/types.ts';
import { recordChanged } from './record-events.ts';
import { READ_COLUMNS, readValues } from './store-record.ts';

type Row = { id: string; source_text: string | null; source_hints_json: string | null; source_name: string | null };

export function reparseRecords(db: Db, id?: string): { reparsed: number; changed: number } {
  const rows = (
    id
      ? db.prepare('SELECT id, source_text, source_hints_json, source_name FROM records WHERE id = ?').all(id)
      : db.prepare('SELECT id, source_text, source_hints_json, source_name FROM records').all()
  ) as Row[];
  if (id && rows.length === 0) fail('NOT_FOUND', `There is no record with id ${id} in the library.`);
  // Parse everything first, then write in one short transaction.
  const updates: { id: string; values: (string | number | null)[] }[] = [];
  // What the directory knows now (people confirmed since the record was read) helps read it again.
  const directory = peopleDirectory(db);
  for (const row of rows) {
    if (row.source_text === null) continue; // stored before the text was kept, or from a .briefbook
    const hints = row.source_hints_json ? (JSON.parse(row.source_hints_json) as ParseHints) : {};
    let parsed: ReturnType<typeof parseRecordText>;
    try {
      parsed = parseRecordText(row.source_text, {
        hints,
        directory,
        ...(row.source_name ? { fileName: row.source_name } : {}),
      });
    } catch {
      continue; // a text the new parser cannot read keeps what the old one read
    }
    updates.push({
      id: row.id,
      values: readValues(parsed),
    });
  }
  let changed = 0;
  const COLUMNS = READ_COLUMNS;
  transaction(db, () => {
    const current = db.prepare(`SELECT ${COLUMNS} FROM records WHERE id = ?`);
    const update = db.prepare(`UPDATE records SET (${COLUMNS}) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`);
    for (const u of updates) {
      const before = Object.values(current.get(u.id) ?? {});
      if (JSON.stringify(before) === JSON.stringify(u.values)) continue;
      update.run(...u.values, u.id);
      changed += 1;
      recordChanged(db, u.id);
    }
  });
  return { reparsed: updates.length, changed };
}
