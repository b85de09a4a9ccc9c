// A council's report of a visit lists who else was in the room with the noun: "Also in attendance were
// Chief Executive, A, Councillors B, C and D along with Director of Services E and F". Each one named
// took part; a plural office ("Councillors") is each following name's; a family name in capitals
// ("SATO Hanako, Vice-president") is a name, an acronym ("NATO Allies") is not; a crowd "in
// attendance" at a vigil names nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('those "in attendance"', () => {
  test('"Also in attendance were Chief Executive, A, Councillors B, C and D along with Director of Services E and F"', () => {
    const found = people(
      'The Mayor of Kilbrook, Tom Sample, received the Ambassador of Chile Pedro Ejemplo at the Town Hall on Friday.\n\nAlso in attendance were Chief Executive, Mary Testwell, Councillors Liam Example, Nora Model and Fergal Pattern along with Director of Services Owen Trial and Brid Specimen.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Mary Testwell', 'Liam Example', 'Nora Model', 'Fergal Pattern', 'Owen Trial', 'Brid Specimen'])
      assert.ok(got.includes(n), String(got));
    assert.equal(found.find((p) => p.name === 'Mary Testwell')?.role, 'Chief Executive');
    assert.equal(found.find((p) => p.name === 'Fergal Pattern')?.role, 'Councillor');
    assert.equal(found.find((p) => p.name === 'Owen Trial')?.role, 'Director of Services');
  });

  test('"In attendance at the ceremony was the Minister of Trade, Mr A"', () => {
    const got = names(
      'The President received the credentials of the new Ambassador of Peru, Rosa Ejemplo, at State House.\n\nIn attendance at the ceremony was the Minister of Trade, Mr Kwame Sample.',
    );
    assert.ok(got.includes('Kwame Sample'), String(got));
  });

  test('a family name in capitals: "members in attendance were SATO Hanako, President; MORI Kenji, Secretary General"', () => {
    const found = people(
      'On 3 May the co-chairs met the executive of the friendship league in Tokyo. The members in attendance were SATO Hanako, President; MORI Kenji, Vice-president and Secretary General.',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('SATO Hanako') && got.includes('MORI Kenji'), String(got));
    assert.equal(found.find((p) => p.name === 'MORI Kenji')?.role, 'Vice-president and Secretary General');
  });

  test('an acronym before a plain word is nobody: "in attendance were NATO Allies"', () => {
    const got = names(
      'Senator Tom Sample met the Minister of Labour Ana Example in Ottawa. Also in attendance were NATO Allies and the GDPR Office.',
    );
    assert.ok(!got.some((n) => n?.includes('NATO') || n?.includes('GDPR')), String(got));
  });

  test('a crowd in attendance names nobody', () => {
    const got = names(
      'Mayor Tom Sample laid a wreath on Sunday. Families were in attendance at the vigil, with many young children dressed in pink.',
    );
    assert.ok(!got.some((n) => n?.includes('Families')), String(got));
  });
});

describe('"Cllr", the councillor written before the name', () => {
  test('"welcomed by Cathaoirleach Cllr A", "Mayor Cllr B", "along with Cllr C"', () => {
    const found = people(
      'The Ambassador of Chile, Pedro Ejemplo, was welcomed to the Town Hall by Cllr Gerard Sample. Mayor Cllr Dan Example welcomed the guests along with Cllr Ann Model.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Gerard Sample', 'Dan Example', 'Ann Model']) assert.ok(got.includes(n), String(got));
    assert.equal(found.find((p) => p.name === 'Ann Model')?.role, 'Councillor');
    assert.equal(found.find((p) => p.name === 'Dan Example')?.role, 'Mayor');
  });
});

describe('those who came "together with" the first', () => {
  test('"A, Director of …, together with Dr. B, Dean of …, Dr. C, Dean of …, and D, admission officer visited the university"', () => {
    const found = people(
      'On the morning of June 19, Richard Sample, Director of International Programs, Westfield State University, together with Dr. John De Example, Dean of the College of Humanities, Dr. Ann Model, Dean of the College of Science, and Amber Test, international admission officer visited the university. The delegation was received by Vice President Li Pattern.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['John De Example', 'Ann Model', 'Amber Test']) assert.ok(got.includes(n), String(got));
    assert.equal(found.find((p) => p.name === 'Amber Test')?.role, 'international admission officer');
  });

  test('"the Speaker Mr A MP visited Parliament, together with Mrs B MP, Mr C MP": the seat is none of the name', () => {
    const got = names(
      'From 12-14 May, the Speaker Mr Ilir Sample MP visited the Parliament in London, together with Mrs Arta Example MP, Mr Gent Model MP and other officials.',
    );
    assert.ok(got.includes('Arta Example') && got.includes('Gent Model'), String(got));
  });

  test('not fired: a plural title before family names alone, "along with Professors Zhou and Xia"', () => {
    const got = names(
      'President Tom Sample received the delegation of Lakeside University. The Dean, along with Professors Zhou and Xia, took part in the signing.',
    );
    assert.ok(!got.some((n) => n?.startsWith('Professor')), String(got));
  });

  test('not fired: "Together with China, Saudi Arabia is willing …", "work together with the government"', () => {
    const got = names(
      'Minister Tom Sample met Ambassador Ana Example in Riyadh. Together with China, Saudi Arabia is willing to support free trade, he said, and will work together with the government of Peru.',
    );
    assert.ok(!got.some((n) => n?.includes('China') || n?.includes('Saudi')), String(got));
  });
});
