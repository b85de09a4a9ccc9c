// The capitalised word after a title is sometimes the rest of the office or the next sentence, not
// a name: "Speaker Parlimen Ghana", "Başbakan Yardımcısı" (deputy prime minister), "Sekretaris
// Kabinet", "Menteri Pertahanan", "… ambassadeur d'Espagne. Ces personnalités …". No one is called so.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('office words written with a capital are not names', () => {
  test('Malay: "Speaker Parlimen Ghana Kofi Mensah": no "Parlimen"', () => {
    const got = names(
      'Speaker Dewan Rakyat Ahmad Rahim mengadakan mesyuarat dua hala dengan Speaker Parlimen Ghana Kofi Mensah di Accra.',
    );
    assert.ok(!got.includes('Parlimen'), String(got));
  });

  test('Turkish: "Irak Başbakan Yardımcısı ve Dışişleri Bakanı": no "Yardımcısı"', () => {
    const got = names(
      'Dışişleri Bakanı Ali Demir, Cidde’de Irak Başbakan Yardımcısı ve Dışişleri Bakanı Fuad Hüseyin ile görüştü.',
    );
    assert.ok(!got.includes('Yardımcısı'), String(got));
  });

  test('French: "… ambassadeur d’Espagne. Ces personnalités": no "Ces"', () => {
    const got = names(
      'Le Premier ministre a reçu Pedro Ruiz, ambassadeur d’Espagne. Ces personnalités diplomatiques ont évoqué la coopération.',
    );
    assert.ok(!got.includes('Ces'), String(got));
  });
});
