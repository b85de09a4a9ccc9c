// A Malay record names the ruler's consort by her title, then her own royal name, which opens with a
// royal style that is part of it: "Raja Permaisuri Agong Tunku …", "Raja Isteri Pengiran Anak …".
// The desk officer should see the Queen listed under her name, with her title as the role and the
// country the title alone says (the federal Queen's is Malaysia's, the Raja Isteri Brunei's).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('a Malay record naming a royal consort after her title', () => {
  test('"Raja Permaisuri Agong Tunku …" lists the Queen of Malaysia under her royal name', () => {
    const found = people([
      'KUALA LUMPUR – Yang di-Pertuan Agong dan Raja Permaisuri Agong Tunku Hajah Mawar Melati Cempaka menerima kunjungan hormat Sultan Contoh Shah di Istana Negara hari ini.',
      'Turut hadir ialah Perdana Menteri, Datuk Seri Contoh Ibrahim.',
    ]);
    const queen = found.find((p) => p.name === 'Tunku Hajah Mawar Melati Cempaka');
    assert.ok(queen, JSON.stringify(found.map((p) => p.name)));
    assert.equal(queen.role, 'Raja Permaisuri Agong');
    assert.equal(queen.country, 'Malaysia');
  });

  test('"diiringi Raja Isteri Pengiran Anak …" lists the Brunei consort who came along', () => {
    const found = people([
      'Perdana Menteri, Datuk Seri Contoh Ibrahim menerima kunjungan hormat Sultan Contoh Bolkiah yang diiringi Raja Isteri Pengiran Anak Melur di Seri Perdana hari ini.',
    ]);
    const consort = found.find((p) => p.name === 'Pengiran Anak Melur');
    assert.ok(consort, JSON.stringify(found.map((p) => p.name)));
    assert.equal(consort.role, 'Raja Isteri');
    assert.equal(consort.country, 'Brunei');
  });

  test('a title set off by a comma still opens the name: "Raja Permaisuri Agong, Tuanku …"', () => {
    const found = people([
      'Yang di-Pertuan Agong menerima kunjungan hormat Perdana Menteri Singapura, Lee Contoh di Istana Negara hari ini. Baginda diiringi Raja Permaisuri Agong, Tuanku Seri Kenanga.',
    ]);
    assert.ok(
      found.some((p) => p.name === 'Tuanku Seri Kenanga'),
      JSON.stringify(found.map((p) => p.name)),
    );
  });

  test('a queen of elsewhere, with no Malay royal style before her name, is left to the other rules', () => {
    const found = people([
      'Perdana Menteri, Datuk Seri Contoh Ibrahim menerima kunjungan hormat Permaisuri Jepun Masako di Seri Perdana hari ini.',
    ]);
    assert.ok(!found.some((p) => p.role === 'Permaisuri' && p.name === 'Jepun Masako'), JSON.stringify(found));
  });
});
