// Turkish records as a desk officer reads them: the office before the name, the case ending after
// the apostrophe no part of the name, and the owner of a ceremony ("Lula'nın yemin törenine")
// not someone the minister met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Turkish: office, name, case ending', () => {
  test('"Dışişleri Bakanı Hakan Fidan\'ın … Rus mevkidaşı Sergey Lavrov ile görüştü": both, without the endings', () => {
    const got = people(
      "Dışişleri Bakanı Hakan Fidan'ın diplomasi trafiği sürüyor. Bakan Fidan son olarak Rus mevkidaşı Sergey Lavrov ile görüştü.",
    );
    const byName = Object.fromEntries(got.map((p) => [p.name, p.country]));
    assert.ok('Hakan Fidan' in byName, JSON.stringify(byName));
    assert.equal(byName['Sergey Lavrov'], 'Russia', JSON.stringify(byName));
  });

  test('"Almanya Cumhurbaşkanı Frank-Walter Steinmeier\'e … selamlarını ilettik": the dative ending goes, the country is the one before the office', () => {
    const got = people(
      'Dışişleri Bakanı Mevlüt Çavuşoğlu, Almanya Cumhurbaşkanı Frank-Walter Steinmeier ve Ukrayna Başbakan Yardımcısı Yulia Sviridenko ile görüştü.\n\nÇavuşoğlu, "Almanya Cumhurbaşkanı Frank-Walter Steinmeier\'e Cumhurbaşkanımızın selamlarını ilettik." dedi.',
    );
    const byName = Object.fromEntries(got.map((p) => [p.name, p.country]));
    assert.equal(byName['Frank-Walter Steinmeier'], 'Germany', JSON.stringify(byName));
    assert.equal(byName['Yulia Sviridenko'], 'Ukraine', JSON.stringify(byName));
    assert.ok(!Object.keys(byName).some((n) => n?.includes('Cumhurbaşkanımız')), JSON.stringify(byName));
  });

  test('"Devlet Başkanı Luiz Inacio Lula da Silva\'nın yemin törenine katılmak için": the owner of the ceremony, not met', () => {
    const got = names(
      "Dışişleri Bakanı Mevlüt Çavuşoğlu, Brezilya'nın yeni seçilen Devlet Başkanı Luiz Inacio Lula da Silva'nın yemin törenine katılmak için gittiği bu ülkede Ukrayna Başbakan Yardımcısı Yulia Sviridenko ile görüştü.",
    );
    assert.ok(got.includes('Yulia Sviridenko'), String(got));
    assert.ok(!got.some((n) => n?.includes('Lula')), String(got));
  });

  test('"Bakan Çavuşoğlu Brüksel’de …": a locative ending is the place after the name, not part of it', () => {
    const got = names(
      'Bakan Çavuşoğlu Brüksel’de katıldığı NATO toplantısında mevkidaşlarıyla temaslarda bulundu. Romanya Dışişleri Bakanı Aurescu ile de görüştü.',
    );
    assert.ok(got.includes('Çavuşoğlu') && got.includes('Aurescu'), String(got));
    assert.ok(!got.some((n) => n?.includes('Brüksel')), String(got));
  });

  test('a Turkish news item is read as Turkish, not English or French', () => {
    assert.equal(
      detectLanguage(
        "Dışişleri Bakanı Hakan Fidan'ın diplomasi trafiği sürüyor. Bakan Fidan son olarak Rus mevkidaşı Sergey Lavrov ile görüştü. Görüşmede ikili ilişkiler ve bölgesel konuların ele alındığını belirtildi. Bakan Fidan çarşamba akşamı da ABD Dışişleri Bakanı ile telefonda görüşmüştü.",
      ),
      'tr',
    );
  });
});
