// Who else sat at the table, each office first and its holder after a comma, in the forms the
// desks' languages use to open such a list: "Também participaram do encontro o procurador-geral do
// Município, A, e o chefe de gabinete, B", "Al encuentro asistieron, además, la ministra …, A, y el
// director …, B", "avait à ses côtés le ministre …, A, son directeur de cabinet, B", "Members of the
// President's delegation include the Secretary to the President, A; …", "turut dihadiri Sekretaris
// Kabinet A … dan Kapolri B", "in company of A, First Secretary", "Från kommunen deltog A, B samt C",
// "accompagnata da A", "acompanyat del cònsol …, A", "vergezeld door … A". Each one listed took part; a place
// after "em" is nobody's name; a list that only names what was discussed gives nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('those present, each office then its holder', () => {
  test('Portuguese: "Também participaram do encontro o vice-cônsul … em Corumbá, A; o procurador-geral …, B, e o chefe de gabinete, C"', () => {
    const found = people(
      'O prefeito Mário Exemplo recebeu nesta terça-feira o cônsul da Bolívia, Carlos Modelo.\n\nTambém participaram do encontro o vice-cônsul do Brasil em Corumbá, Pedro Amostra da Silva; o procurador-geral do Município, José Ensaio de Souza, e o chefe de gabinete, Fábio Teste Pereira.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Pedro Amostra da Silva', 'José Ensaio de Souza', 'Fábio Teste Pereira'])
      assert.ok(got.includes(n), String(got));
    assert.ok(!got.includes('Corumbá'), String(got));
    assert.equal(found.find((p) => p.name === 'Fábio Teste Pereira')?.role, 'chefe de gabinete');
  });

  test('Spanish: "Al encuentro asistieron, además, la ministra …, A, y el Director General …, B"', () => {
    const got = names(
      'La presidenta Ana Muestra recibió al canciller Luis Ejemplo en La Moneda.\n\nAl encuentro de trabajo asistieron, además, la ministra Secretaria General de Gobierno, Carmen Prueba, y el Director General de Política Exterior, Juan Pablo Ensayo.',
    );
    assert.ok(got.includes('Carmen Prueba') && got.includes('Juan Pablo Ensayo'), String(got));
  });

  test('French: "avait à ses côtés le ministre …, A, son directeur de cabinet adjoint, B et l’ambassadeur …, C"', () => {
    const got = names(
      'Le président Paul Exemple a reçu lundi à Paris le ministre Jean Modèle.\n\nLe président avait à ses côtés le ministre des Affaires étrangères, Ali Specimen, son directeur de cabinet adjoint, Omar Essai et l’ambassadeur en France, Hassan Maquette.',
    );
    for (const n of ['Ali Specimen', 'Omar Essai', 'Hassan Maquette']) assert.ok(got.includes(n), String(got));
  });

  test('English: "Members of the delegation include the Secretary to the President, A; …; and the Deputy Chief of Staff, B"', () => {
    const got = names(
      'President Kofi Sample arrived in Lusaka on Monday for talks with President Peter Example.\n\nMembers of the President’s delegation include the Secretary to the President, Dr Yaw Specimen; the Legal Counsel to the President, Ama Pattern; and the Deputy Chief of Staff (Operations), Kwame Model.',
    );
    for (const n of ['Yaw Specimen', 'Ama Pattern', 'Kwame Model']) assert.ok(got.includes(n), String(got));
  });

  test('Indonesian: "Acara ini turut dihadiri …, Sekretaris Kabinet A … dan Kapolri B"', () => {
    const found = people(
      'Presiden Budi Contoh menerima surat kepercayaan dari duta besar negara sahabat di Istana Merdeka.\n\nAcara ini turut dihadiri Menteri Luar Negeri Sari Teladan, Sekretaris Kabinet Agus Percontohan dan Kapolri Dedi Sampel.',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('Agus Percontohan') && got.includes('Dedi Sampel'), String(got));
    assert.equal(found.find((p) => p.name === 'Dedi Sampel')?.role, 'Kapolri');
  });

  test('Swedish: "Från kommunen deltog A, B, C samt D", each one named', () => {
    const got = names(
      'Kommunalrådet Anna Exempel träffade på måndagen en delegation från Wuzhou i kommunhuset för samtal om samarbete.\n\nFrån kommunen deltog Jan Prov, Anna-Greta Mönster, Per Testsson samt Göran Eriksprov.',
    );
    for (const n of ['Jan Prov', 'Anna-Greta Mönster', 'Per Testsson', 'Göran Eriksprov'])
      assert.ok(got.includes(n), String(got));
  });

  test('Italian, Catalan, Dutch: "accompagnata da A, Presidente …", "acompanyat del cònsol …, A", "vergezeld door … A"', () => {
    const italian = names(
      'Il Sindaco Luca Esempio ha accolto questa mattina in Comune Maria Modello, Console Generale del Messico a Milano, accompagnata da Emanuele Prova, Presidente del Centro Incontri Diplomatici.',
    );
    assert.ok(italian.includes('Emanuele Prova'), String(italian));
    const catalan = names(
      "L'alcalde de València, Joan Exemple, ha rebut l'ambaixador de Xile, Javier Model.\n\nEl diplomàtic ha visitat l’Ajuntament acompanyat del cònsol xilé a València, Leopoldo Prova, i d’altres representants.",
    );
    assert.ok(catalan.includes('Leopoldo Prova') && !catalan.includes('València'), String(catalan));
    const dutch = names(
      'Koning Filip heeft de Amerikaanse president Donald Voorbeeld ontvangen op het Paleis voor een gesprek. De koning was vergezeld door minister van Buitenlandse Zaken Didier Proef, Defensieminister Steven Monster en de ambassadeur bij de NAVO, François de Proeve.',
    );
    assert.ok(dutch.includes('François de Proeve'), String(dutch));
  });

  test('a list of what was discussed after the verb names nobody', () => {
    const got = names(
      'El canciller Luis Ejemplo se reunió con su homólogo Pedro Muestra en Lima.\n\nEn la reunión participaron, además, la cooperación técnica, la seguridad regional y el comercio.',
    );
    assert.deepEqual(got.sort(), ['Luis Ejemplo', 'Pedro Muestra']);
  });
});
