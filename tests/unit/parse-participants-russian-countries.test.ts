// Russian names the country an office serves in the genitive, after the office: "Президент
// Казахстана", "премьер-министр Малайзии", "посол Украины Владимир Ельченко", "встреча с Президентом
// Беларуси". A desk officer reads the country there, and no person called "Казахстана".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('a country in the genitive after a Russian office', () => {
  test('"В завершение встречи Президент Казахстана передал …": the president, not a man called Kazakhstan', () => {
    const got = names(
      'Президент России Владимир Путин провел переговоры в Кремле. В завершение встречи Президент Казахстана передал главе Узбекистана приветствие.',
    );
    assert.ok(got.includes('Владимир Путин'), String(got));
    assert.ok(!got.includes('Казахстана'), String(got));
  });

  test('"посол Украины Владимир Ельченко": the country is not part of the name', () => {
    const got = read('В церемонии вручения верительных грамот в Кремле участвовал посол Украины Владимир Ельченко.');
    const envoy = got.find((p) => p.name === 'Владимир Ельченко');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'Ukraine');
  });

  test('"предполагалась встреча с Президентом Беларуси": an office and its country, no name', () => {
    const got = names(
      'Глава МИД России Сергей Лавров провел переговоры в Минске. Как сообщалось, предполагалась встреча с Президентом Беларуси.',
    );
    assert.ok(!got.some((n) => n?.includes('Беларуси')), String(got));
  });
});
