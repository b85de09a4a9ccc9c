// French, Spanish and Portuguese set the holder's name off by commas after the office, and houses
// write that office their own way: "Le ministre des affaires étrangères, Ahmed Attaf, a reçu …" in
// lower case, "o secretário de Estado da Cooperação português, João Gomes Cravinho" with a Portuguese
// portfolio, "El Gobernador de Estado, Javier Corral Jurado continúa …" with the name's own verb
// after it. A desk officer reads the person in each; "del estado La Guaira" stays a state.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('an office, then the name set off by commas', () => {
  test('"Le ministre des affaires étrangères, Ahmed Attaf, a reçu un appel": a portfolio in lower case', () => {
    const got = read(
      'Le ministre des affaires étrangères, Ahmed Attaf, a reçu, ce samedi, un appel téléphonique de son homologue américain, Antony Blinken.',
    );
    const attaf = got.find((p) => p.name === 'Ahmed Attaf');
    assert.ok(attaf, String(got.map((p) => p.name)));
    assert.equal(attaf.role, 'ministre des affaires étrangères');
  });

  test('"o secretário de Estado da Cooperação português, João Gomes Cravinho": a Portuguese portfolio and the country after it', () => {
    const got = read(
      'O embaixador reuniu-se em Lisboa com o secretário de Estado da Cooperação português, João Gomes Cravinho. Em cima da mesa esteve a agenda do Conselho de Segurança.',
    );
    const cravinho = got.find((p) => p.name === 'João Gomes Cravinho');
    assert.ok(cravinho, String(got.map((p) => p.name)));
    assert.equal(cravinho.country, 'Portugal');
  });

  test('"El Gobernador de Estado, Javier Corral Jurado continúa … y se reunió": the name\'s verb closes it', () => {
    const got = names(
      'El Gobernador de Estado, Javier Corral Jurado continúa con sus actividades en la capital y se reunió con el embajador de Estados Unidos.',
    );
    assert.ok(got.includes('Javier Corral Jurado'), String(got));
  });

  test('"el gobernador del estado La Guaira, José Alejandro Terán, se reunió": a state in lower case is no portfolio', () => {
    const got = names(
      'Este domingo, el gobernador del estado La Guaira, José Alejandro Terán, se reunió con el embajador de México en Venezuela, Leopoldo de Gyvés de la Cruz, en la Casa Guipuzcoana.',
    );
    assert.ok(got.includes('José Alejandro Terán'), String(got));
    assert.ok(!got.some((n) => n?.includes('Guaira')), String(got));
  });
});
