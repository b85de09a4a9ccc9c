// The people directory, as a desk officer meets it: everyone the records name, one entry however
// each record spells or scripts the name (Bùi Thanh Sơn = Bui Thanh Son = 부이 타인 선), learnt from
// the records and from every confirmation and correction, merged and fixed by hand, and used by
// the next import, search and the ledger.
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, test } from 'node:test';
import { migrate, schemaVersion } from '../../electron/node/open/connection.ts';
import { migrations } from '../../electron/node/open/migrations/index.ts';
import { peopleDirectory } from '../../electron/node/people/directory.ts';
import type { LedgerEntry, PersonDetail, PersonSummary, RecordSummary, SearchResult } from '../../electron/shared/types.ts';
import { AGENCY, HANOI, SEOUL } from '../fixtures/stories.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('the people directory', () => {
  let lib: ReturnType<typeof tempBackend>;
  const call = async <T>(method: string, input: unknown) => unwrap<T>(await lib.dispatch(method, input));
  const importText = async (text: string) => (await call<RecordSummary>('library.importText', { text })).id;
  /** The person a name belongs to, in any of its forms. */
  const find = async (name: string) => {
    const found = await call<{ id: string } | null>('people.resolve', { name });
    assert.ok(found, `${name} is in the directory`);
    return call<PersonDetail>('people.get', { id: found.id });
  };
  afterEach(() => lib?.dispose());

  test('a person confirmed once is recognised in the next record in another script', async () => {
    lib = tempBackend({ seed: false });
    const hanoi = await importText(HANOI);
    // The officer confirms the participants of the Hanoi readout and adds the Hangul form.
    await call('library.confirm', { recordId: hanoi, field: 'participants' });
    let son = await find('Bùi Thanh Sơn');
    assert.equal(son.confirmed, true);
    son = await call<PersonDetail>('people.addForm', { id: son.id, form: '부이 타인 선' });
    assert.deepEqual(son.forms.map((f) => [f.form, f.script, f.byUser]).sort(), [
      ['Bùi Thanh Sơn', 'Latin', false],
      ['부이 타인 선', 'Hangul', true],
    ]);

    // What the parser is given when it reads the next record: any form finds the person.
    const directory = peopleDirectory(lib.db);
    assert.deepEqual(directory.lookup('부이 타인 선'), { name: 'Bùi Thanh Sơn', role: 'Foreign Minister', country: 'Viet Nam' });
    assert.equal(directory.lookup('Bui Thanh Son')?.name, 'Bùi Thanh Sơn');
    assert.equal(directory.lookup('Nguyen Van A'), null);

    // The Korean release names him only in Hangul: he appears in it, as the same person.
    const seoul = await importText(SEOUL);
    son = await find('Bùi Thanh Sơn');
    assert.deepEqual(son.records.map((r) => r.recordId).sort(), [hanoi, seoul].sort());
    assert.equal(son.records.find((r) => r.recordId === seoul)?.nameAsWritten, '부이 타인 선');
    // "베트남" (Viet Nam) read as a name is a country, not a person.
    assert.ok(!(await call<PersonSummary[]>('people.list', {})).some((p) => p.name === '베트남'));
  });

  test('a name written in two scripts side by side is one person, found in the next record in either', async () => {
    lib = tempBackend({ seed: false });
    const hanoi = await importText(HANOI);
    const agency = await importText(AGENCY);
    const seoul = await importText(SEOUL);
    const son = await find('부이 타인 선');
    assert.equal(son.name, 'Bùi Thanh Sơn', 'the spelling with its diacritics is shown');
    assert.deepEqual(son.forms.map((f) => f.form).sort(), ['Bùi Thanh Sơn', '부이 타인 선']);
    assert.deepEqual(son.records.map((r) => r.recordId).sort(), [hanoi, agency, seoul].sort());
    assert.equal(son.country, 'Viet Nam');
    assert.equal(son.confirmed, false);
  });

  test('merging two entries keeps every form and role', async () => {
    lib = tempBackend({ seed: false });
    await importText(HANOI);
    await importText(SEOUL);
    await importText(AGENCY);
    const park = await find('Park Jin');
    const hangul = await find('박진');
    assert.notEqual(park.id, hangul.id);
    const merged = await call<PersonDetail>('people.merge', { keepId: park.id, mergeId: hangul.id });
    assert.equal(merged.name, 'Park Jin');
    assert.deepEqual(merged.forms.map((f) => f.form).sort(), ['Park Jin', '박진']);
    // Each record's own wording of the role is kept (the Korean record says 외교부 장관).
    assert.deepEqual(merged.roles.map((r) => r.role).sort(), ['Foreign Minister', 'Minister of Foreign Affairs', '외교부 장관']);
    assert.equal(merged.records.length, 3);
    assert.equal(merged.confirmed, true);
    // The merged entry is gone; its forms now find the one person.
    const gone = await lib.dispatch('people.get', { id: hangul.id });
    assert.equal(gone.ok, false);
    assert.equal(unwrap<{ id: string } | null>(await lib.dispatch('people.resolve', { name: '박진' }))?.id, park.id);
    // Roles over time come with the records they were read from.
    const fm = merged.roles.find((r) => r.role === 'Foreign Minister');
    assert.equal(fm?.from, '2023-09-01');
    assert.equal(fm?.records.length, 1);

    const self = await lib.dispatch('people.merge', { keepId: park.id, mergeId: park.id });
    assert.equal(self.ok, false);
    assert.match(!self.ok ? self.error.message : '', /cannot be merged with themselves/);
    const unknown = await lib.dispatch('people.merge', { keepId: park.id, mergeId: 'p000000000000' });
    assert.deepEqual(!unknown.ok && unknown.error.code, 'NOT_FOUND');
    const empty = await lib.dispatch('people.merge', { keepId: park.id, mergeId: '' });
    assert.equal(!empty.ok && empty.error.code, 'BAD_INPUT');
  });

  test('a correction of participants teaches the directory', async () => {
    lib = tempBackend({ seed: false });
    const hanoi = await importText(HANOI);
    const seoul = await importText(SEOUL);
    // The parser read "박진" in the Korean release and missed the Vietnamese minister.
    assert.ok(await find('박진'));
    // The officer writes the participants as they were, the way officers do: in both scripts.
    await call('library.correct', {
      recordId: seoul,
      field: 'participants',
      value: [
        { name: 'Park Jin', role: 'Minister of Foreign Affairs', country: 'Republic of Korea', aliases: [] },
        { name: '부이 타인 선 (Bùi Thanh Sơn)', role: 'Foreign Minister', country: 'Viet Nam', aliases: [] },
      ],
    });
    const son = await find('Bùi Thanh Sơn');
    assert.equal(son.confirmed, true);
    assert.deepEqual(son.forms.map((f) => f.form).sort(), ['Bùi Thanh Sơn', '부이 타인 선']);
    assert.deepEqual(
      son.records.map((r) => [r.recordId, r.confirmed]).sort(),
      [
        [hanoi, false],
        [seoul, true],
      ].sort(),
    );
    const park = await find('Park Jin');
    assert.equal(park.confirmed, true);
    assert.ok(park.records.some((r) => r.recordId === seoul && r.confirmed));
    // "박진" is no longer a participant there, only a name the text writes (until the officer merges the two).
    assert.deepEqual(
      (await find('박진')).records.map((r) => [r.recordId, r.how]),
      [[seoul, 'named']],
    );

    // A parser's later guess does not rename a confirmed person, nor make a second entry.
    const shown = son.name;
    await importText(AGENCY);
    const again = await find('Bui Thanh Son');
    assert.equal(again.id, son.id);
    assert.equal(again.name, shown);
    assert.equal(again.records.length, 3);
  });

  test('a search for Bui Thanh Son finds the record that writes Bùi Thanh Sơn and the one in Hangul', async () => {
    lib = tempBackend({ seed: false });
    const hanoi = await importText(HANOI);
    const agency = await importText(AGENCY);
    const seoul = await importText(SEOUL);
    const result = await call<SearchResult>('search.run', { query: 'Bui Thanh Son' });
    assert.deepEqual(result.groups.map((g) => g.recordId).sort(), [hanoi, agency, seoul].sort());
    // The Hangul record is found through the directory, not by its letters.
    assert.equal(result.groups.find((g) => g.recordId === seoul)?.hits[0]?.via, 'alias');
    // The participant facet counts the person once, under the directory's name.
    const son = await find('Bùi Thanh Sơn');
    const facet = result.facets.participant.find((f) => f.value === son.id);
    assert.deepEqual(facet && { label: facet.label, count: facet.count }, { label: 'Bùi Thanh Sơn', count: 3 });
    // …and filtering by it (by id, or by any form of the name) keeps all three.
    for (const participant of [son.id, '부이 타인 선', 'bui thanh son']) {
      const byPerson = await call<SearchResult>('search.run', { query: 'Park', filters: { participant } });
      assert.deepEqual(byPerson.groups.map((g) => g.recordId).sort(), [hanoi, agency].sort(), participant);
    }
    // A search in Hangul finds the Latin spellings too.
    const hangul = await call<SearchResult>('search.run', { query: '부이 타인 선' });
    assert.deepEqual(hangul.groups.map((g) => g.recordId).sort(), [hanoi, agency, seoul].sort());
  });

  test('the ledger says who committed by person, however the record spells them', async () => {
    lib = tempBackend({ seed: false });
    await importText(HANOI);
    await importText(AGENCY);
    const park = await find('Park Jin');
    const entries = await call<LedgerEntry[]>('ledger.list', { person: park.id });
    assert.ok(entries.length > 0);
    for (const e of entries) assert.equal(e.person?.id, park.id);
    assert.ok(entries.some((e) => e.what.includes('visit Hanoi')));
  });

  test('editing a person: name, country, role, forms; bad input is refused in words', async () => {
    lib = tempBackend({ seed: false });
    await importText(HANOI);
    const son = await find('Bùi Thanh Sơn');
    const edited = await call<PersonDetail>('people.update', {
      id: son.id,
      patch: { role: 'Deputy Prime Minister', country: 'Vietnam' },
    });
    assert.equal(edited.role, 'Deputy Prime Minister');
    assert.equal(edited.country, 'Viet Nam');
    assert.ok(edited.roles.some((r) => r.role === 'Deputy Prime Minister' && r.byUser));
    assert.equal(peopleDirectory(lib.db).lookup('Bùi Thanh Sơn')?.role, 'Deputy Prime Minister');
    const park = await find('Park Jin');
    const taken = await lib.dispatch('people.addForm', { id: son.id, form: 'Park Jin' });
    assert.match(!taken.ok ? taken.error.message : '', /already a form of Park Jin: merge/);
    const withForm = await call<PersonDetail>('people.addForm', { id: son.id, form: 'Bui Thanh Son' });
    assert.equal(withForm.forms.length, 1, 'the same spelling family is one form');
    const last = await lib.dispatch('people.removeForm', { id: park.id, form: 'Park Jin' });
    assert.match(!last.ok ? last.error.message : '', /only form/);
    const long = await lib.dispatch('people.update', { id: son.id, patch: { name: 'x'.repeat(201) } });
    assert.equal(!long.ok && long.error.code, 'BAD_INPUT');
    const nothing = await lib.dispatch('people.update', { id: son.id, patch: {} });
    assert.equal(!nothing.ok && nothing.error.code, 'BAD_INPUT');
  });
});

test('migration 009 back-fills the directory from the records already in the library', () => {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  for (const m of migrations.filter((x) => x.version <= 8)) m.up(db);
  db.exec('PRAGMA user_version = 8');
  const insert = db.prepare(
    `INSERT INTO records (id, content_hash, title, language, participants_json, published_at, imported_at) VALUES (?, ?, ?, 'en', ?, ?, '2024-01-01')`,
  );
  const people = (list: [string | null, string][]) =>
    JSON.stringify(list.map(([name, role]) => ({ name, role, country: 'Viet Nam', aliases: [] })));
  insert.run(
    'r1',
    'h1',
    'Talks in Hanoi',
    people([
      ['Bùi Thanh Sơn', 'Foreign Minister'],
      [null, 'the host'],
    ]),
    '2023-03-13',
  );
  db.prepare(`INSERT INTO paragraphs (id, record_id, label, ordinal, text) VALUES ('r1:1', 'r1', '1', 0, ?)`).run(
    'Foreign Minister Bùi Thanh Sơn (부이 타인 선) held talks.',
  );
  insert.run('r2', 'h2', 'Talks in Seoul', people([['Bui Thanh Son', 'Foreign Minister']]), '2023-06-06');
  insert.run('r3', 'h3', 'Corrected', people([['Wrong Name', 'Minister']]), '2023-07-01');
  db.prepare(
    `INSERT INTO record_corrections (record_id, field, value_json, corrected_at) VALUES ('r3', 'participants', ?, '2024-01-02')`,
  ).run(people([['Pham Thu Hang', 'Spokesperson']]));

  migrate(db);
  assert.equal(schemaVersion(db), migrations.at(-1)?.version);
  const rows = db.prepare('SELECT id, name, confirmed FROM people ORDER BY name').all() as {
    id: string;
    name: string;
    confirmed: number;
  }[];
  assert.deepEqual(
    rows.map((r) => [r.name, r.confirmed]),
    [
      ['Bùi Thanh Sơn', 0],
      ['Pham Thu Hang', 1],
    ],
  );
  const son = rows[0]?.id ?? '';
  assert.deepEqual(
    (db.prepare('SELECT form FROM person_forms WHERE person_id = ? ORDER BY form').all(son) as { form: string }[]).map(
      (f) => f.form,
    ),
    ['Bùi Thanh Sơn', '부이 타인 선'],
  );
  assert.deepEqual(
    (
      db.prepare('SELECT record_id FROM person_records WHERE person_id = ? ORDER BY record_id').all(son) as {
        record_id: string;
      }[]
    ).map((r) => r.record_id),
    ['r1', 'r2'],
  );
  db.close();
});
