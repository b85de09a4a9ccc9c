// A desk officer reads who hosted a visitor below the mayor: an Italian town's councillor with a remit ("l'assessore
// alla cultura", "la delegata allo sport", "il consigliere comunale"), a French deputy mayor "à la culture", and the
// coordinators, deputy directors, members of a house and delegates of Spanish, Portuguese and French records, named
// after their office and a comma. A French councillor's "Conseillère Municipale" is her office, nobody's name; a
// Ukrainian or Russian surname written in capitals ("Олена КОВАЛЕНКО") is read as the name it is, and an
// initialism in capitals ("НАТО", "НАБУ") stays no one. A probe table of made-up sentences, one row per form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

/** [what the record says, the people it names]. */
const TABLE: [string, string[]][] = [
  // Italian: "a" with its article opens a councillor's remit; a town's councillor and delegate.
  [
    "Il sindaco e l'assessore alla cultura Giulia Bianchi hanno incontrato ieri il console onorario di Francia.",
    ['Giulia Bianchi'],
  ],
  ["L'assessore al bilancio, Marco Verdi, ha ricevuto l'ambasciatore del Belgio, Jan Peeters.", ['Marco Verdi', 'Jan Peeters']],
  [
    "Hanno partecipato all'incontro il consigliere comunale Luca Neri e la delegata allo sport Anna Galli.",
    ['Luca Neri', 'Anna Galli'],
  ],
  ['Il coordinatore regionale Franco Gallo ha incontrato ieri il console di Francia a Bari.', ['Franco Gallo']],
  // French: "à la", "aux" open a deputy mayor's remit; a member of parliament and a delegate after their office.
  ["L'adjointe à la culture, Claire Moreau, a reçu mardi le consul général d'Espagne.", ['Claire Moreau']],
  [
    "Le député de la circonscription, Jean Morel, et la déléguée régionale, Anne Roux, ont rencontré l'ambassadeur du Japon.",
    ['Jean Morel', 'Anne Roux'],
  ],
  [
    "Le sous-préfet, Marc Blanc, a reçu le représentant de l'Union européenne, Hans Berg, et le coordonnateur du projet, Ali Diallo.",
    ['Marc Blanc', 'Hans Berg', 'Ali Diallo'],
  ],
  // Spanish and Portuguese: a coordinator, a deputy director, a deputy secretary.
  [
    'El secretario de Obras Públicas, Pablo Méndez, y la coordinadora general del programa, Laura Ortiz, se reunieron con el embajador de Chile.',
    ['Pablo Méndez', 'Laura Ortiz'],
  ],
  [
    'La representante del Instituto de Cooperación, Lily Zamora, y el subdirector de Turismo, Raúl Pérez, recibieron al cónsul de Italia.',
    ['Lily Zamora', 'Raúl Pérez'],
  ],
  [
    'O subsecretário de Esporte e Lazer, Jairo Amaral, e a coordenadora de Relações Internacionais, Ana Souza, receberam o cônsul do Japão.',
    ['Jairo Amaral', 'Ana Souza'],
  ],
  // Ukrainian and Russian: a surname in capitals after the given name, in any case.
  [
    'Міський голова Полтави Олена КОВАЛЕНКО провела зустріч із міським головою Львова Андрієм МЕЛЬНИКОМ.',
    ['Олена Коваленко', 'Андрій Мельник'],
  ],
  ['Голова обласної ради Петро МЕЛЬНИК зустрівся з послом Польщі Анджеєм ШЕВЧИКОМ у четвер.', ['Петро Мельник', 'Анджей Шевчик']],
  [
    'Губернатор Иван ПЕТРОВ провел встречу с Генеральным секретарем НАТО Йенсом Столтенбергом.',
    ['Иван Петров', 'Йенс Столтенберг'],
  ],
];

describe("Europe's town offices below the mayor, and surnames in capitals", () => {
  for (const [text, expected] of TABLE) {
    test(`reads ${expected.join(', ')}`, () => {
      const got = names(`Visita\n\n${text}`);
      for (const name of expected) assert.ok(got.includes(name), `${name} in ${JSON.stringify(got)}`);
    });
  }

  test('a French councillor\'s "Conseillère Municipale" is her office, not a second person', () => {
    const got = names(
      'Rencontre\n\nNous avons partagé un déjeuner de travail avec nos amis de Fribourg, Madame Anna BIANCHI, Conseillère Municipale.',
    );
    assert.ok(!got.includes('Municipale'), JSON.stringify(got));
    assert.ok(!got.some((n) => n?.startsWith('Madame')), JSON.stringify(got));
  });

  test('an initialism in capitals after a capitalised word is no surname', () => {
    const got = names('Зустріч\n\nДиректор НАБУ Семен Кривонос зустрівся з послом Франції Гаелем Вессьєром у Києві.');
    assert.ok(!got.some((n) => n?.includes('Набу')), JSON.stringify(got));
    assert.ok(got.includes('Семен Кривонос'), JSON.stringify(got));
  });
});
