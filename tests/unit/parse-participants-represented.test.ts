// A minister sent in a president's stead: "En representación del presidente X, la canciller Y es
// recibida…", "…em representação do Presidente da República, X", "Au nom du président X, le
// ministre Y…". The one represented stayed at home; the one who came is the subject.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('whom a minister represents is not in the room', () => {
  test('"En representación del presidente Jorge Salinas, la canciller Marta Quiroga es recibida por el mandatario": Quiroga, not Salinas', () => {
    const got = names(
      'En representación del presidente Jorge Salinas, la canciller Marta Quiroga es recibida por el mandatario anfitrión, Ramón Estévez, en el Palacio de Gobierno.',
    );
    assert.ok(got.includes('Marta Quiroga'), String(got));
    assert.ok(!got.includes('Jorge Salinas'), String(got));
  });

  test('"reuniu-se com o homólogo, em representação do Presidente da República, João Mabunda": the president named after the office stays out', () => {
    const got = names(
      'A ministra dos Negócios Estrangeiros, Ana Tembe, reuniu-se ontem em Ancara com o ministro Kemal Aksoy, em representação do Presidente da República, João Mabunda.',
    );
    assert.ok(got.includes('Ana Tembe'), String(got));
    assert.ok(!got.includes('João Mabunda'), String(got));
  });

  test('"Au nom du président Jean Mbeki, le ministre Paul Ndiaye a été reçu par le roi": the envoy is there, the president is not', () => {
    const got = names('Au nom du président Jean Mbeki, le ministre Paul Ndiaye a été reçu lundi par le roi Mohammed VI à Rabat.');
    assert.ok(got.includes('Paul Ndiaye'), String(got));
    assert.ok(!got.includes('Jean Mbeki'), String(got));
  });
});
