// A desk reads releases in Swahili and Belarusian too: the language field names them, not the Tagalog or Ukrainian
// their short words or letters resemble; an English story full of foreign officials' names stays English.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

describe('a record in Swahili or Belarusian is named, and an English story about foreign officials stays English', () => {
  test('a Swahili story is Swahili, not Tagalog', () => {
    assert.equal(
      detectLanguage(
        'Rais amempokea Balozi wa Ujerumani Ikulu\nKatika mazungumzo hayo, viongozi hao wamejadili ushirikiano wa kiuchumi kati ya nchi hizo mbili. Balozi amesema Ujerumani itaendelea kusaidia miradi ya maji na afya.',
      ),
      'sw',
    );
  });

  test('a Belarusian story, with its і and its ў, is Belarusian, not Ukrainian', () => {
    assert.equal(
      detectLanguage(
        'Прэзідэнт сустрэўся з паслом Кітая\nНа сустрэчы абмеркавалі супрацоўніцтва ў гандлі і прамысловасці. Пасол перадаў прэзідэнту прывітанне ад кіраўніка сваёй краіны.',
      ),
      'be',
    );
  });

  test('an English story naming Latvian, Turkish and Romanian officials stays English', () => {
    assert.equal(
      detectLanguage(
        'Foreign Minister Krišjānis Kariņš met his counterparts Hakan Fidan and Luminița Odobescu in Rīga on Monday. The ministers discussed support for Ukraine and the security of the Black Sea region, the ministry said.',
      ),
      'en',
    );
  });
});
