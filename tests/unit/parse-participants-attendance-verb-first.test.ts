// The list of those who came along, with the verb first and the people after it: "Begleitet wurde er
// von der Ersten Beigeordneten A, B (Kämmerer) sowie C", "Officials accompanying the President are
// the Minister for X, A (MP); Minister for Y, B (MP)", "W spotkaniu wzięli również udział marszałek
// … A i dyrektor … w Rzeszowie B", "Во встрече участвовал заместитель … В". Each one listed took part;
// the office in brackets after a name is the office; a place after "w" is no part of the name; a
// portfolio's words ("Digital Technology") are nobody, and "I Made" stays a Balinese name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('those who came along, the verb first', () => {
  test('German: "Begleitet wurde er von …", each with the office in brackets', () => {
    const found = people(
      'Oberbürgermeisterin Karin Beispiel empfing am Montag den Bürgermeister der Partnerstadt, Jonas Muster, im Rathaus.\n\nBegleitet wurde er von der Ersten Beigeordneten Petra Vorlage, Lukas Probe (Kämmerer), Anna Entwurf (Leitung Kultur und Sport) sowie Moritz Skizze (Städtepartnerschaften).',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Petra Vorlage', 'Lukas Probe', 'Anna Entwurf', 'Moritz Skizze']) assert.ok(got.includes(n), String(got));
    assert.equal(found.find((p) => p.name === 'Lukas Probe')?.role, 'Kämmerer');
  });

  test('English: "Officials accompanying the President are the Minister for …, A (MP); …"; a portfolio is nobody', () => {
    const got = names(
      'President Kofi Sample arrived in Lusaka on Monday for talks with President Peter Example.\n\nOfficials accompanying the President are the Minister for Foreign Affairs, Yaw Specimen (MP); Minister for Education, Ama Pattern (MP); and the Minister for Communication, Digital Technology and Innovations, Kwame Model (MP).',
    );
    assert.ok(got.includes('Yaw Specimen') && got.includes('Ama Pattern'), String(got));
    assert.ok(!got.includes('Digital Technology'), String(got));
  });

  test('Polish: "wzięli również udział marszałek … A i dyrektor … w Rzeszowie B"', () => {
    const got = names(
      'Wojewoda Anna Wzorowa spotkała się wczoraj z konsulem generalnym Ukrainy Wasylem Przykładem.\n\nW spotkaniu wzięli również udział marszałek województwa Jan Kowalik i dyrektor generalny urzędu w Rzeszowie Piotr Nowakowy.',
    );
    assert.ok(got.includes('Jan Kowalik'), String(got));
    assert.ok(got.includes('Piotr Nowakowy') && !got.includes('Rzeszowie Piotr Nowakowy'), String(got));
  });

  test('Russian: "Во встрече участвовал заместитель председателя правительства РФ …"; an earlier forum is no list', () => {
    const got = names(
      'Министр Иван Образцов провёл переговоры с делегацией.\n\nВо встрече участвовал заместитель председателя правительства РФ Пётр Примеров. Ранее Образцов участвовал в форуме в Казани.',
    );
    assert.ok(got.includes('Пётр Примеров'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('РФ')), String(got));
  });

  test('"I Made" opens a Balinese name; only a lower-case "i" joins a Polish list', () => {
    const got = names(
      'The Governor received the Ambassador of Japan in Denpasar.\n\nAttending the meeting were I Made Contoh, Head of the Tourism Office, and I Gusti Ayu Sampel, Director of Investment.',
    );
    assert.ok(got.includes('I Made Contoh'), String(got));
  });
});
