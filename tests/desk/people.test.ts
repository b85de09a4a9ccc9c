// The people directory on the desk: a merge, a form of a name added or removed, a role or a country fixed by hand
// on one laptop reach the other (whose directory numbers its people itself), and for one field of
// one person the latest edit wins, whichever laptop made it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { PersonSummary } from '../../electron/shared/types.ts';
import { deskSkip, type RunningServer, startPostgres, startServer, token } from '../helpers/desk.ts';
import { samplesDir } from '../helpers/library.ts';
import { koreanRecord, type Laptop, laptop } from './laptops.ts';

describe('the desk: one people directory for every laptop', { skip: deskSkip() }, () => {
  let postgres: Awaited<ReturnType<typeof startPostgres>>;
  let server: RunningServer;
  let kim: Laptop;
  let nguyen: Laptop;

  const named = async (who: Laptop, name: string): Promise<PersonSummary> => {
    const found = (await who.call('people.list', {})).find((p) => p.name === name);
    assert.ok(found, `${name} is in the directory`);
    return found;
  };

  before(async () => {
    postgres = await startPostgres();
    server = await startServer(postgres.url);
    [kim, nguyen] = [laptop(), laptop()];
    for (const [who, name] of [
      [kim, 'Kim'],
      [nguyen, 'Nguyen'],
    ] as const) {
      // The Vietnamese agency's article names the minister only as "FM Son": a second entry.
      who.cli('import', koreanRecord, join(samplesDir, '003_8efa98ed4426d19f.txt'));
      who.cli('desk', 'join', server.url, '--token', token(postgres.url, name));
    }
    kim.sync();
    nguyen.sync();
  });

  after(async () => {
    kim?.close();
    nguyen?.close();
    await server?.stop();
    postgres?.stop();
  });

  test('a merge, a form and a role fixed on one laptop appear on the other after both sync', async () => {
    const minh = await named(kim, 'Pham Binh Minh');
    const son = await named(kim, 'Son');
    const kang = await named(kim, 'Kang Kyung-wha');
    assert.notEqual((await named(nguyen, 'Pham Binh Minh')).id, minh.id, 'each laptop numbers its people itself');
    await kim.call('people.merge', { keepId: minh.id, mergeId: son.id });
    await kim.call('people.update', { id: kang.id, patch: { role: 'Former Minister of Foreign Affairs' } });
    await kim.call('people.addForm', { id: kang.id, form: '강경화' });

    kim.sync();
    assert.match(nguyen.sync(), /People: 3 directory edits received/);
    const theirs = await nguyen.call('people.list', {});
    assert.ok(!theirs.some((p) => p.name === 'Son'), 'Son is merged into Pham Binh Minh');
    assert.ok((await named(nguyen, 'Pham Binh Minh')).otherForms.includes('Son'));
    assert.equal((await named(nguyen, 'Kang Kyung-wha')).role, 'Former Minister of Foreign Affairs');
    assert.equal((await nguyen.call('people.resolve', { name: '강경화' }))?.name, 'Kang Kyung-wha');
    assert.match(nguyen.sync(), /People: 0 directory edits received/, 'a second sync makes no edit twice');
  });

  test('two officers fix one person offline: the latest edit of each field wins on both laptops', async () => {
    const kang = (who: Laptop) => named(who, 'Kang Kyung-wha');
    await kim.call('people.update', { id: (await kang(kim)).id, patch: { role: 'Special Envoy' } });
    await nguyen.call('people.update', { id: (await kang(nguyen)).id, patch: { country: 'Korea' } });
    // Nguyen's role comes later than Kim's, though Kim syncs last.
    await new Promise((r) => setTimeout(r, 20));
    await nguyen.call('people.update', { id: (await kang(nguyen)).id, patch: { role: 'Ambassador to Viet Nam' } });
    // And Nguyen takes back the Hangul form Kim added: removing it reaches Kim too.
    await nguyen.call('people.removeForm', { id: (await kang(nguyen)).id, form: '강경화' });
    nguyen.sync();
    kim.sync();
    nguyen.sync();
    for (const who of [kim, nguyen]) {
      const person = await kang(who);
      assert.equal(person.role, 'Ambassador to Viet Nam');
      assert.equal(person.country, 'Republic of Korea');
      assert.equal(await who.call('people.resolve', { name: '강경화' }), null);
    }
  });
});
