// The record lists who else was in the room after a cue ("Attending the meeting were", "en présence
// de", "com a presença de", "Turut hadir"): a desk officer counts each of them, with the office the
// list gives, whether the name comes before its office or after it; the words of an office or a
// body in the list ("Regional Integration", "Kepala Dinas ESDM") are nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('those present, listed after a cue', () => {
  test('"Attending the meeting were A, Minister of State, Dr. B, Diplomatic Advisor …, and C, Saudi Ambassador": long names whole, courtesy dropped', () => {
    const got = names(
      'Sheikh Abdullah bin Zayed received Prince Faisal bin Farhan in Abu Dhabi today.\n\nAttending the meeting were Sheikh Shakhbout bin Nahyan bin Mubarak Al Nahyan, Minister of State, Dr. Anwar bin Mohammed Gargash, Diplomatic Advisor to the UAE President, and Turki bin Abdullah Al Dakheel, Saudi Ambassador to the UAE.',
    );
    assert.ok(got.includes('Sheikh Shakhbout bin Nahyan bin Mubarak Al Nahyan'), String(got));
    assert.ok(got.includes('Anwar bin Mohammed Gargash'), String(got));
    assert.ok(got.includes('Turki bin Abdullah Al Dakheel'), String(got));
  });

  test('"Present at the meeting were Mr A, former Chief of Staff, and Ms B, former Minister of Foreign Affairs and Regional Integration": two people, not three', () => {
    const found = people(
      'Former President John Mahama received the former envoys at his office.\n\nPresent at the meeting were Mr Julius Debrah, former Chief of Staff, and Ms Hanna Tetteh, former Minister of Foreign Affairs and Regional Integration.',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('Julius Debrah') && got.includes('Hanna Tetteh'), String(got));
    assert.ok(!got.includes('Regional Integration'), String(got));
    assert.equal(found.find((p) => p.name === 'Julius Debrah')?.role, 'former Chief of Staff');
  });

  test('"The meeting was attended by Cabinet Secretaries A and B as well as …, Kenya’s Ambassador to Ethiopia C": the country is the one she speaks for', () => {
    const found = people(
      'President Kenyatta held talks with Ethiopian President Sahle-Work Zewde at State House.\n\nThe meeting was attended by Cabinet Secretaries Raychelle Omamo and Sicily Kariuki as well as Kenya’s Ambassador to Ethiopia Catherine Mwangi.',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('Sicily Kariuki'), String(got));
    assert.equal(found.find((p) => p.name === 'Catherine Mwangi')?.country, 'Kenya');
  });

  test('"en présence de M. A, ambassadeur directeur …, et Mme B, ambassadrice …": French, name before office', () => {
    const got = names(
      "Le ministre des Affaires étrangères, M. Ismail Ould Cheikh Ahmed, s’est entretenu mardi à Nouakchott avec l'ambassadeur de France.\n\nLa première audience s'est déroulée en présence de M. Ahmed Ould Mahameden, ambassadeur directeur des affaires européennes et Mme Mariem Mint Ova, ambassadrice directrice des affaires américaines, asiatiques et Océanie.",
    );
    assert.ok(got.includes('Ahmed Ould Mahameden') && got.includes('Mariem Mint Ova'), String(got));
    assert.ok(!got.includes('Océanie'), String(got));
  });

  test('"com a presença do ministro …, A, e do assessor internacional …, B": Portuguese, office before name', () => {
    const got = names(
      'A presidente Dilma Rousseff recebeu nesta quarta-feira, em Brasília, as credenciais de 16 novos embaixadores.\n\nO encontro contou ainda com a presença do ministro das Relações Exteriores, Antônio Patriota, e do assessor internacional da Presidência da República, Marco Aurélio Garcia.',
    );
    assert.ok(got.includes('Marco Aurélio Garcia'), String(got));
  });

  test('"acompañados por la Secretaria de Innovación y Desarrollo Económico, A": the office\'s own "y" does not make a person of "Desarrollo Económico"', () => {
    const got = names(
      'El Gobernador Javier Corral Jurado se reunió esta mañana con el Embajador de Estados Unidos en México, Christopher Landau, en La Casona, acompañados por la Secretaria de Innovación y Desarrollo Económico, Alejandra de la Vega.',
    );
    assert.ok(got.includes('Alejandra de la Vega'), String(got));
    assert.ok(!got.some((n) => n?.includes('Económico')), String(got));
  });

  test('"Turut hadir … Sekretaris Kabinet A, serta Kepala Dinas ESDM": Indonesian, an agency\'s initials are not a name', () => {
    const got = names(
      'Presiden Joko Widodo menerima surat kepercayaan dari enam duta besar di Istana Merdeka, Jakarta, Rabu (2/3).\n\nTurut hadir dalam kesempatan tersebut Sekretaris Kabinet Pramono Anung, Kepala Dinas ESDM, serta Kepala Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Jawa Timur.',
    );
    assert.ok(got.includes('Pramono Anung'), String(got));
    assert.ok(!got.some((n) => n?.includes('ESDM') || n?.includes('Biro') || n?.includes('Otonomi')), String(got));
  });

  test('"Turut hadir, A, Unsur Forkopimda, Asisten … B, Kaban Kesbangpol C": a body present as a whole does not end the list', () => {
    const found = people(
      'Gubernur Sulawesi Tengah menerima kunjungan Duta Besar Jepang untuk Indonesia, H.E Kenji Sato, di Palu, Senin (4/3/2024).\n\nTurut hadir, Wakil Ketua TP PKK Sari Dewi, Unsur Forkopimda Sulteng, Asisten Pemerintahan Budi Hartono, Kaban Kesbangpol Agus Salim.',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('Sari Dewi'), String(got));
    assert.ok(got.includes('Budi Hartono'), String(got));
    assert.equal(found.find((p) => p.name === 'Agus Salim')?.role, 'Kaban Kesbangpol', JSON.stringify(found));
    assert.ok(!got.some((n) => n?.includes('Forkopimda')), String(got));
  });

  test('"Dalam pertemuan ini tampak pula Wali Kota A …, Bupati Dairi B, Bupati Tapanuli Selatan C": seen there, each after the region', () => {
    const found = people(
      'Wali Kota Medan menjamu delegasi kota kembar dari Jepang di Balai Kota, Kamis (3/10/2024).\n\nDalam pertemuan ini tampak pula Wali Kota Binjai Rudi Hartono, Bupati Dairi Eko Prasetyo Nainggolan, Bupati Tapanuli Selatan Dedi Pasaribu.',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('Rudi Hartono'), String(got));
    assert.ok(got.includes('Eko Prasetyo Nainggolan'), String(got));
    assert.equal(found.find((p) => p.name === 'Dedi Pasaribu')?.role, 'Bupati Tapanuli Selatan', JSON.stringify(found));
  });
});
