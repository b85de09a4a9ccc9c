// After the principals, a Spanish, Portuguese or French readout lists the others in the room after a
// verb of attending, each name first and its office after a comma: "En la mesa estuvieron Ana Ruiz,
// embajadora de Chile en México; Luis Vega, secretario de Economía", "Estiveram presentes …", "Étaient
// présents …". Every one of them took part, with the office the list gives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a list of those present, the name before the office', () => {
  test('Spanish, set off by semicolons: each one is there, an office with "y" stays whole', () => {
    const got = people(
      'La presidenta Elena Torres recibió al subsecretario de Estado en Palacio Nacional.\n\nEn la mesa estuvieron Mark Olsen, embajador de Estados Unidos en México; Rosa Díaz, titular de la Secretaría de Relaciones Exteriores; y Pablo Ortega, secretario de Seguridad y Protección Ciudadana.',
    );
    const names = got.map((p) => p.name);
    for (const n of ['Mark Olsen', 'Rosa Díaz', 'Pablo Ortega']) assert.ok(names.includes(n), String(names));
    assert.ok(!names.includes('Protección Ciudadana'), String(names));
    const olsen = got.find((p) => p.name === 'Mark Olsen');
    assert.equal(olsen?.role, 'embajador');
    assert.equal(olsen?.country, 'United States');
  });

  test('Spanish, after a colon: the visiting delegation', () => {
    const names = people(
      'El presidente Tomás Rivas se reunió con su homólogo chileno.\n\nEn la delegación chilena participan: Marta Soto Lagos, ministra de Relaciones Exteriores; Diego Paz Rojas, ministro de Economía.',
    ).map((p) => p.name);
    assert.ok(names.includes('Marta Soto Lagos') && names.includes('Diego Paz Rojas'), String(names));
  });

  test('Portuguese: "Estiveram presentes …"', () => {
    const names = people(
      'O presidente recebeu o primeiro-ministro de Cabo Verde no Palácio do Planalto.\n\nEstiveram presentes João Batista Lima, ministro da Defesa; Helena Costa Ramos, embaixadora de Cabo Verde no Brasil.',
    ).map((p) => p.name);
    assert.ok(names.includes('João Batista Lima') && names.includes('Helena Costa Ramos'), String(names));
  });

  test('French: "Étaient également présents …"', () => {
    const names = people(
      'Le Premier ministre a reçu en audience l’ambassadeur du Japon.\n\nÉtaient également présents Jean-Luc Martin, directeur des affaires asiatiques ; Claire Dubois, conseillère diplomatique.',
    ).map((p) => p.name);
    assert.ok(names.includes('Jean-Luc Martin') && names.includes('Claire Dubois'), String(names));
  });

  test('a name before an article ("X, la asesora Y") is there without an office, and the list stops', () => {
    const got = people(
      'El canciller recibió a la delegación.\n\nTambién participaron Andrés Molina Paz, la asesora de seguridad nacional y otros funcionarios.',
    );
    const molina = got.find((p) => p.name === 'Andrés Molina Paz');
    assert.ok(molina, String(got.map((p) => p.name)));
    assert.equal(molina?.role ?? null, null);
  });
});
