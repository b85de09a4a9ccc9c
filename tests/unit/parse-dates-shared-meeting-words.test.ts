// The meeting date reads the meeting decision's own words (participants/meeting-words-more-europe.ts and
// meeting-words-everyday.ts), not a second copy: a record whose people are listed because it says "otti vastaan
// suurlähettilään", "s-a întâlnit cu", "נפגש עם" or "paid a courtesy call on" has its meeting dated by the date in that
// sentence, even when the lead gives another day (an arrival) as well. The wider words date only their own sentence: a
// lone date elsewhere in the lead is not tied to a meeting they found.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meetingDate = (title: string, lead: string): string | null => parseRecordText(`${title}\n\n${lead}`).meetingDate;

describe('a meeting told in the words the meeting decision knows is dated', () => {
  test('a Finnish record telling the minister received the ambassador dates that day, not the arrival', () => {
    assert.equal(
      meetingDate(
        'Suurlähettiläs ministeriössä',
        'Japanin uusi suurlähettiläs Aki Mori saapui Helsinkiin 4.3.2024. Ulkoministeri Ville Esimerkki otti vastaan Japanin suurlähettilään 12.3.2024 ulkoministeriössä.',
      ),
      '2024-03-12',
    );
  });

  test('a Romanian record where the minister "s-a întâlnit cu" the ambassador dates that meeting', () => {
    assert.equal(
      meetingDate(
        'Ambasadorul la minister',
        'Ambasadorul Aki Mori a sosit la București la 04.03.2024. Ministrul de externe Dan Exemplu s-a întâlnit cu ambasadorul Japoniei la 12.03.2024.',
      ),
      '2024-03-12',
    );
  });

  test('a Hebrew record where the minister "נפגש עם" the ambassador dates that meeting', () => {
    assert.equal(
      meetingDate('פגישה', 'השגריר אקי מורי הגיע לישראל ב-4.3.2024. שר החוץ דן דוגמה נפגש עם שגריר יפן ב-12.3.2024 בירושלים.'),
      '2024-03-12',
    );
  });

  test('a Bulgarian and a Serbian record telling a meeting and a talk date them', () => {
    assert.equal(
      meetingDate(
        'Среща',
        'Посланикът Аки Мори пристигна в София на 04.03.2024 г. Министърът Иван Примеров се срещна с посланика на Япония на 12.03.2024 г.',
      ),
      '2024-03-12',
    );
    assert.equal(
      meetingDate(
        'Посета',
        'Амбасадор Аки Мори стигао је у Београд 4.3.2024. Министар Марко Примеровић разговарао је са амбасадором Јапана 12.3.2024.',
      ),
      '2024-03-12',
    );
  });

  test('everyday tellings date their meeting: a lunch in French and Spanish, a welcome in Portuguese, a farewell in Dutch', () => {
    assert.equal(
      meetingDate(
        'Déjeuner',
        "L'ambassadeur du Japon, Aki Mori, est arrivé à Paris le 4 mars 2024. Le ministre Jean Exemple a déjeuné avec l'ambassadeur le 12 mars 2024.",
      ),
      '2024-03-12',
    );
    assert.equal(
      meetingDate(
        'Almuerzo',
        'El embajador de Japón, Aki Mori, llegó a Madrid el 4 de marzo de 2024. El ministro José Ejemplo almorzó con el embajador el 12 de marzo de 2024.',
      ),
      '2024-03-12',
    );
    assert.equal(
      meetingDate(
        'Boas-vindas',
        'O embaixador do Japão, Aki Mori, chegou a Lisboa em 4 de março de 2024. O governador João Exemplo deu as boas-vindas ao embaixador em 12 de março de 2024.',
      ),
      '2024-03-12',
    );
    assert.equal(
      meetingDate(
        'Afscheid',
        'De Japanse ambassadeur Aki Mori kwam op 4 maart 2019 aan in Brussel. Burgemeester Jan Voorbeeld nam op 12 maart 2024 afscheid van de ambassadeur.',
      ),
      '2024-03-12',
    );
  });

  test("an Indonesian governor welcoming the ambassador's arrival and a Turkish minister exchanging views date their meeting", () => {
    assert.equal(
      meetingDate(
        'Menyambut',
        'Duta Besar Jepang Aki Mori tiba di Jakarta pada Senin (4/3/2024). Gubernur Budi Contoh menyambut kedatangan Duta Besar Jepang pada Selasa (12/3/2024) di kantor gubernur.',
      ),
      '2024-03-12',
    );
    assert.equal(
      meetingDate(
        'İstişare',
        "Japonya Büyükelçisi Aki Mori 4 Mart 2024 tarihinde Ankara'ya geldi. Dışişleri Bakanı Ahmet Örnek, 12 Mart 2024 tarihinde Büyükelçi Mori ile fikir alışverişinde bulundu.",
      ),
      '2024-03-12',
    );
  });

  test('a page\'s date line over a lead told only in everyday words ("Talking with his counterpart") stays no meeting date', () => {
    const text = [
      'Two countries aim to deepen farm cooperation',
      'May 30th, 2023',
      'The two sides reviewed cooperation projects. Talking with his counterpart, Deputy Minister Tran Example said the delegation included several ministries.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, null);
  });
});
