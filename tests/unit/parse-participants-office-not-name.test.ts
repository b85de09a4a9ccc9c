// "la ministra Secretaria General de Gobierno, Ana Ruiz", "el titular de la Secretaría de
// Relaciones Exteriores": a capitalised office or ministry after a title is not a person called
// "Secretaría" (who would then be learned by the directory and found in every Mexican readout).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('an office or a ministry after a title is not a person', () => {
  test('"la ministra Secretaria General de Gobierno": no "Secretaria"', () => {
    const got = names(
      'La presidenta Laura Vidal se reunió hoy con el canciller Pablo Ríos.\nAl encuentro de trabajo asistieron, además, la ministra Secretaria\nGeneral de Gobierno, Ana Ruiz, y el Director General de Política\nExterior, Juan Soto.',
    );
    assert.ok(!got.some((n) => /^Secretar/u.test(n ?? '')), String(got));
  });

  test('"el titular de la Secretaría de Relaciones Exteriores": no "Secretaría"', () => {
    const got = names(
      'El canciller Pablo Ríos recibió al embajador Marco Bianchi en la sede de la Secretaría de Relaciones Exteriores.',
    );
    assert.ok(!got.some((n) => /^Secretar/u.test(n ?? '')), String(got));
  });
});
