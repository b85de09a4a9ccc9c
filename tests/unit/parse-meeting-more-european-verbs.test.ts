// A desk officer imports a record in which a minister received an ambassador, met him, or hosted a delegation, told
// in Finnish, Hungarian, Romanian, Bulgarian, Greek, Hebrew, Slovene, Serbian, Czech or Polish; a German record of
// guests hosted and welcomed ("waren … zu Gast", "Begrüßt wurden die Gäste von …"); a Portuguese, Spanish or Italian
// lunch attended or given in welcome, a consulate visited ("visitou"); an English talk with one's counterpart. Each reports a meeting, so its people
// are listed. The same verbs for a law adopted, an award accepted, a decision welcomed, or talks still to come
// report none. Nor is a city named after a person ("Ho Chi Minh City") or a post ("Cargo de Governador") one of its people,
// nor a press office credit over the story ("ASSESSORIA DE IMPRENSA") its place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { notAPerson } from '../../electron/node/library/parse/participants/not-names.ts';

const meetings: Record<string, string[]> = {
  'a host receiving or meeting a foreign envoy': [
    'Ulkoministeri Anna Lehto otti maanantaina vastaan Perun suurlähettilään ministeriössä.',
    'Ministeri Ville Koski otti Chilen suurlähettilään vastaan tiistaina.',
    'Nagy Ágnes külügyminiszter kedden fogadta Peru nagykövetét a minisztériumban.',
    'Tóth Béla polgármester szerdán találkozott Chile nagykövetével.',
    'Ministrul Dan Ionescu l-a primit pe ambasadorul Perului la sediul ministerului.',
    'Primarul Ana Stan s-a întâlnit marți cu consulul general al Chile.',
    'Министърът Стоян Колев се срещна с посланика на Перу в понеделник.',
    'Ο δήμαρχος Νίκος Αλεξίου υποδέχθηκε τον πρέσβη του Περού στο δημαρχείο.',
    'Η υπουργός Ελένη Μάρκου συναντήθηκε με τον πρέσβη της Χιλής την Τρίτη.',
    'ראש העיר דוד לוי נפגש עם שגריר פרו בלשכתו ביום שני.',
    'Ministrica Maja Kos je v torek sprejela perujskega veleposlanika.',
    'Župan Peter Zupan se je srečal z veleposlanikom Čila.',
    'Министар Зоран Илић састао се у уторак са амбасадором Перуа.',
    'Ministryně Eva Malá v úterý přijala peruánského velvyslance na ministerstvu.',
    'Minister Anna Nowak przyjęła ambasadora Peru w ministerstwie.',
  ],
  'guests hosted, welcomed and given lunch': [
    'Die Delegation aus Chile war am Montag im Landratsamt zu Gast.',
    'Begrüßt wurden die Gäste aus Peru von Bürgermeisterin Eva Roth.',
    'Am Dienstag wurden die Gäste aus Chile von Landrat Max Huber im Kreishaus begrüßt.',
    'O prefeito Rui Costa e o cônsul do Peru participaram de um almoço na Câmara.',
    'Houve na terça-feira um almoço de boas-vindas para o embaixador do Chile.',
    'El alcalde participó en un almuerzo en la residencia de la embajadora de Perú.',
    'Il sindaco ha partecipato a una cena nella sede del consolato del Cile.',
    'Talking with his Peruvian counterpart, Trade Minister Sam Ode said exports had doubled.',
    'Uma comitiva da prefeitura visitou na quarta-feira o Consulado do Peru, onde foi recepcionada pelo cônsul.',
  ],
};

const noMeeting: Record<string, string[]> = {
  'a law adopted, an award accepted, a decision welcomed': [
    'Eduskunta otti vastaan palkinnon ja hyväksyi lain.',
    'A parlament kedden fogadta el a költségvetést.',
    'Parlamentul a primit propunerea și a adoptat legea.',
    'Парламентът прие закона за бюджета.',
    'השר ביקר את ההחלטה של הממשלה.',
    'Državni zbor je sprejel zakon o davkih.',
    'Sejm przyjął ustawę o podatkach.',
    'Der Beschluss des Stadtrats wurde von allen Fraktionen begrüßt.',
  ],
  'talks still to come': [
    'Ο υπουργός θα συναντηθεί με τον πρέσβη την επόμενη εβδομάδα.',
    'Министърът ще се срещне с посланика следващата седмица.',
    'Die Ministerin wird nächste Woche in der Stadt zu Gast sein.',
    'O ministro vai participar de um almoço com o embaixador na próxima semana.',
    'The minister will be talking with his counterpart next week about trade.',
    'O prefeito vai visitar o Consulado do Peru na próxima semana.',
  ],
};

describe('a record telling a host meeting a guest in these words lists its people', () => {
  for (const [form, lines] of Object.entries(meetings))
    test(form, () => {
      for (const line of lines) assert.equal(reportsMeeting([line], 'Meeting'), true, line);
    });
});

describe('the same verbs for a law, an award, a decision or talks to come report no meeting', () => {
  for (const [form, lines] of Object.entries(noMeeting))
    test(form, () => {
      for (const line of lines) assert.equal(reportsMeeting([line], 'News'), false, line);
    });
});

describe('the people such a record now lists leave out a city and a post the reading ran into', () => {
  test('"Ho Chi Minh City" is a place, and "os Cargo de Governador" (the post of governor) nobody', () => {
    assert.equal(notAPerson('Ho Chi Minh', 'The delegation of Ho Chi Minh City and Da Nang met the minister.'), true);
    assert.equal(notAPerson('Cargo de Governador', 'os recém eleitos para os Cargo de Governador, Prefeito e Vereadores'), true);
    assert.equal(notAPerson('Ho Chi Minh', 'Ho Chi Minh met the delegation in 1946.'), false);
  });
});

describe('a press office credit in capitals over such a record is no place', () => {
  test('"ASSESSORIA DE IMPRENSA – PREFEITURA DE …" names who wrote it, not where they met', () => {
    const record = parseRecordText(
      'Comitiva visita Consulado do Peru\n\nASSESSORIA DE IMPRENSA – PREFEITURA DE SANTA RITA\n\nUma comitiva da prefeitura visitou na quarta-feira o Consulado do Peru, onde foi recepcionada pelo cônsul Luis Vargas.\n\nCompuseram a comitiva o prefeito Carlos Souza e a vice-prefeita Ana Lima.\n\nO prefeito espera receber o cônsul na cidade em dezembro.\n',
    );
    assert.notEqual(record.place, 'Assessoria De Imprensa');
  });
});
