// Commonwealth releases mark a person by a style or a seat rather than a title before the name:
// "Minister of Works, the Honourable Jane Roe", "I joined the Honourable John Doe", "Kofi Mensah MP",
// "Dr. Ama Owusu, the Northern Regional Minister". The style or the letters say a person is named.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('a style of address after an office and its comma', () => {
  test('"the Deputy Prime Minister and Minister for Fisheries, Honourable Semi Tora" met the ambassador', () => {
    const got = read(
      'The Deputy Prime Minister and Minister for Fisheries, Honourable Semi Tora met the Ambassador of Japan, Mr Kenji Sato, in Suva on Tuesday.',
    );
    const tora = got.find((p) => p.name === 'Semi Tora');
    assert.ok(tora, String(got.map((p) => p.name)));
    assert.match(tora.role ?? '', /Minister/);
  });

  test('"Minister of Housing, the Honourable Dr Ravi Persaud" joined the President for the talks', () => {
    const got = names(
      'Minister of Housing, the Honourable Dr Ravi Persaud and Minister of Health, the Honourable Asha Ramdin joined President Ali for the talks with the visiting delegation.',
    );
    assert.ok(got.includes('Ravi Persaud'), String(got));
    assert.ok(got.includes('Asha Ramdin'), String(got));
  });
});

describe('a style of address alone', () => {
  test('"I joined MPP Ross, the Honourable Gail Brant, and other delegates as we met …"', () => {
    const got = names(
      'I joined the Honourable Gail Brant and other delegates from the Legislative Assembly as we met eight delegates from the National Assembly.',
    );
    assert.ok(got.includes('Gail Brant'), String(got));
  });

  test('"the Honourable Member for Eastfield" is a seat, no one named', () => {
    const got = names(
      'The Minister met the trade delegation on Monday. The Honourable Member for Eastfield asked about the talks.',
    );
    assert.ok(!got.some((n) => n?.includes('Member')), String(got));
  });
});

describe('a form of address, the name, then "the" and a qualified office', () => {
  test('"paid a courtesy call on Dr. Ama Owusu, the Northern Regional Minister"', () => {
    const got = read('The chamber president paid a courtesy call on Dr. Ama Owusu, the Northern Regional Minister, in Tamale.');
    const owusu = got.find((p) => p.name === 'Ama Owusu');
    assert.ok(owusu, String(got.map((p) => p.name)));
    assert.equal(owusu.role, 'Northern Regional Minister');
  });

  test('"a delegation led by Mrs. Li Mei, the CCPIT Director of Trade Affairs"', () => {
    const got = names(
      'The Chamber President hosted a delegation from Hubei, led by Mrs. Li Mei, the CCPIT Director of Trade Affairs.',
    );
    assert.ok(got.includes('Li Mei'), String(got));
  });

  test('"Dr. Ama Owusu, the author of the report" holds no office: not read by this form', () => {
    const got = names(
      'The minister met the visiting delegation on Monday. The study was written by Dr. Ama Owusu, the author of the report.',
    );
    assert.ok(!got.includes('Ama Owusu'), String(got));
  });
});

describe('the seat after the name', () => {
  test('"a delegation including Rina Akter MP and Tom Reid, MSP held talks with the Speaker"', () => {
    const got = read('A delegation including Rina Akter MP and Tom Reid, MSP held talks with the Speaker in Dhaka on Sunday.');
    const akter = got.find((p) => p.name === 'Rina Akter');
    assert.ok(akter, String(got.map((p) => p.name)));
    assert.equal(akter.role, 'MP');
    assert.ok(got.some((p) => p.name === 'Tom Reid'));
  });

  test('"which included Kofi Mensah (MP)": the seat in brackets', () => {
    const got = names(
      'The President held talks in Lusaka with the delegation, which included Kofi Mensah (MP) and other officials.',
    );
    assert.ok(got.includes('Kofi Mensah'), String(got));
  });

  test('"Leeds Central MP Jane Roe met the envoy": the seat before the name is no name', () => {
    const got = names('Leeds Central MP Jane Roe met the Ambassador of Chile on Friday in Leeds.');
    assert.ok(!got.includes('Leeds Central'), String(got));
  });
});

describe('a list of names each then described', () => {
  test('"The delegation comprised A B, Director …; Minghua, Director …; C D, Dean …": one name alone is still a person', () => {
    const got = names(
      'The delegation comprised Chen Wei, Director of the International Office; Minghua, Director of the Planning Office; Li Qiang, Dean of the College of Economics; and Zhao Lan, Dean of the College of Law. They met the Vice Chancellor on Monday.',
    );
    for (const n of ['Chen Wei', 'Minghua', 'Li Qiang', 'Zhao Lan']) assert.ok(got.includes(n), `${n}: ${got}`);
  });

  test('"accompanied by the Special Adviser on Special Duties and Protocol": the portfolio after "on" is no name', () => {
    const got = names(
      'The President met the Governor in Abeokuta on Thursday. He was accompanied by his Chief of Staff, Ade Bello, and the Special Adviser on Special Duties, Communication and Strategy.',
    );
    assert.ok(!got.includes('Special Duties'), String(got));
  });

  test('"the Hong Kong General Chamber of Commerce" is a body: "General" is no title of a "Chamber"', () => {
    const got = names(
      'The Hong Kong General Chamber of Commerce met the Minister of Trade, Hon Kofi Boateng, in Accra on Monday.',
    );
    assert.ok(!got.includes('Chamber'), String(got));
  });
});

describe('an office with its portfolio, then a form of address without the comma', () => {
  test('"the German Minister for Economic Affairs, Labour, and Tourism of Saxony Dr. Jane Roe"', () => {
    const got = read(
      'Governor Tom Hale yesterday met with the German Minister for Economic Affairs, Labour, and Tourism of Saxony Dr. Jane Roe at the Capitol.',
    );
    const roe = got.find((p) => p.name === 'Jane Roe');
    assert.ok(roe, String(got.map((p) => p.name)));
    assert.match(roe.role ?? '', /^Minister for Economic Affairs/);
    assert.equal(roe.country, 'Germany');
  });

  test('"The Minister met Dr Jane Roe": a verb between the office and the name, so the office is not hers', () => {
    const roe = read('The Minister met Dr Jane Roe in Paris on Monday to discuss trade.').find((p) => p.name === 'Jane Roe');
    assert.notEqual(roe?.role, 'Minister');
  });
});

describe('the office with the body’s acronym in brackets, then the comma and a form of address', () => {
  test('"met the Cook Islands’ Secretary for Foreign Affairs (MFAI), Ms. Ana Tere"', () => {
    const got = names(
      'The Permanent Secretary met the Cook Islands’ Secretary for Foreign Affairs (MFAI), Ms. Ana Tere, in Suva.',
    );
    assert.ok(got.includes('Ana Tere'), String(got));
  });

  test('"the Secretary (who chairs the board), Ms. Ana Tere": a clause in brackets is no remit', () => {
    const tere = read('The Permanent Secretary met the Secretary (who chairs the board), Ms. Ana Tere, in Suva.').find(
      (p) => p.name === 'Ana Tere',
    );
    assert.notEqual(tere?.role, 'Secretary');
  });
});
