// A governor, a mayor or an envoy named in Spanish, Portuguese, French or Italian as a desk officer
// reads them: the head of a state or city receives an ambassador as a minister does; an envoy's
// post ("en Venezuela") is not part of the name; someone who only gave a statement, or whom the
// visitor is still to meet ("receberá", "realizará"), was not in the room.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('governors and mayors receive envoys', () => {
  test('"el gobernador del estado La Guaira, José Alejandro Terán, se reunió con el embajador de México en Venezuela, Leopoldo de Gyvés de la Cruz": both', () => {
    const got = names(
      'Este domingo, el gobernador del estado La Guaira, José Alejandro Terán, se reunió con el embajador de México en Venezuela, Leopoldo de Gyvés de la Cruz, en la Casa Guipuzcoana.',
    );
    assert.ok(got.includes('José Alejandro Terán'), String(got));
    assert.ok(got.includes('Leopoldo de Gyvés de la Cruz'), String(got));
    assert.ok(!got.some((n) => n?.includes('Guaira') || n?.includes('Venezuela')), String(got));
  });

  test('"El gobernador del estado, Francisco Domínguez Servién, recibió al embajador": the governor is the host', () => {
    const got = names(
      'El gobernador del estado, Francisco Domínguez Servién, recibió al embajador de Costa de Marfil en Palacio de Gobierno.',
    );
    assert.ok(got.includes('Francisco Domínguez Servién'), String(got));
  });

  test('"o governador do estado, Ronaldo Caiado, recebeu o embaixador": Portuguese, the same grammar', () => {
    const got = names(
      'Nesta terça-feira, o governador do estado, Ronaldo Caiado, recebeu o embaixador da Coreia do Sul no Palácio das Esmeraldas.',
    );
    assert.ok(got.includes('Ronaldo Caiado'), String(got));
  });

  test('"le maire de la ville, Jean Dupont, a reçu l\'ambassadeur": French', () => {
    const got = names("Le maire de la ville, Jean Dupont, a reçu lundi l'ambassadeur du Japon à l'hôtel de ville.");
    assert.ok(got.includes('Jean Dupont'), String(got));
  });
});

describe('named, not present', () => {
  test('"a indiqué le maire Artem Kobzar sur Telegram": the source of a statement is not a participant', () => {
    const got = names(
      "Le ministre des Affaires étrangères a reçu jeudi l'ambassadeur de France, Paul Martin.\n\nLa ville a été touchée par plusieurs explosions, a indiqué le maire Artem Kobzar sur Telegram.",
    );
    assert.ok(got.includes('Paul Martin'), String(got));
    assert.ok(!got.includes('Artem Kobzar'), String(got));
  });

  test('"Ainda hoje, Dilma receberá o presidente do Uruguai, José Mujica": met later that day, not yet', () => {
    const got = names(
      'A presidente Dilma Rousseff deu início ao seu primeiro dia com uma reunião com o príncipe Felipe de Astúrias.\n\nAinda hoje, Dilma receberá o presidente do Uruguai, José Mujica; o primeiro-ministro de Portugal, José Sócrates.',
    );
    assert.ok(got.includes('Dilma Rousseff'), String(got));
    assert.ok(!got.includes('José Mujica') && !got.includes('José Sócrates'), String(got));
  });

  test('"una visita que el canciller realizará junto con el gobernador de Entre Ríos, Rogelio Frigerio": a trip still to come', () => {
    const got = names(
      'El canciller Santiago Cafiero se reunió este lunes con su par uruguayo, Omar Paganini.\n\nAcordaron una visita a Montevideo que el canciller realizará junto con el gobernador de Entre Ríos, Rogelio Frigerio.',
    );
    assert.ok(got.includes('Omar Paganini'), String(got));
    assert.ok(!got.includes('Rogelio Frigerio'), String(got));
  });
});
