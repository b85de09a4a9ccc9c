// Agencies and papers sign their dateline with their tag in brackets, not always in capitals and not always
// after a city in capitals: "Maputo (Canalmoz) –", "Roma, 26 set. (Adnkronos) -", "CIUDAD DE MÉXICO (apro).-",
// "Washington [US], May 20 (ANI):", "Praha 4. februára (TASR) -". A desk officer files the tag as the
// publisher when the place reads as one (in capitals, a capital city, or followed by its date); a sentence
// with a bracket and a dash ("그는 … 국제교류재단(KF) - …", "The New Policy (Nepo) – …") is no dateline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (paragraphs: string[]): string | null => parseRecordText(paragraphs.join('\n\n')).publisher;

describe("an agency's dateline with its tag in mixed case", () => {
  test('"Lisboa (Jornalzinho) – O ministro …": a capital city, then the paper\'s tag', () => {
    assert.equal(
      publisher([
        'Ministro recebe embaixador de Angola',
        'Lisboa (Jornalzinho) – O ministro dos Negócios Estrangeiros recebeu ontem o embaixador de Angola no Palácio das Necessidades.',
      ]),
      'Jornalzinho',
    );
  });

  test('"Milano, 3 mar. (Notiziario) - …": a city and its date, then the agency', () => {
    assert.equal(
      publisher([
        'Il sindaco incontra il console',
        'Milano, 3 mar. (Notiziario) - Il sindaco ha ricevuto oggi a Palazzo Marino il console generale del Giappone.',
      ]),
      'Notiziario',
    );
  });

  test('"New Delhi [India], March 4 (XNA): …": the country tag in square brackets after the city', () => {
    assert.equal(
      publisher([
        'Minister meets Kenyan counterpart',
        'New Delhi [India], March 4 (XNA): External Affairs Minister Example Kumar met his Kenyan counterpart on Monday.',
      ]),
      'XNA',
    );
  });

  test('"MONTERREY (agencia).- …": a city in capitals, then a tag in lower case', () => {
    assert.equal(
      publisher([
        'Canciller recibe a embajador',
        'MONTERREY (agencia).- El canciller recibió este lunes al embajador de Japón en el palacio de gobierno.',
      ]),
      'agencia',
    );
  });

  test('a sentence with a bracket and a dash ("The New Policy (Nepo) – …") names no agency', () => {
    assert.equal(
      publisher([
        'Trade talks resume',
        'The New Policy (Nepo) – which the two ministers discussed on Monday – aims to double trade by 2030.',
      ]),
      null,
    );
  });
});
