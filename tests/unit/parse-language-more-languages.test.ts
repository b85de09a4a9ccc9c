// A desk reads releases in Romanian, Turkish, Icelandic, Hungarian, Finnish, Estonian, Latvian, Lithuanian,
// Slovene, Croatian, Serbian, Swahili and Belarusian too: the language field must name them, not the
// French, Danish or English their short words resemble. An English story full of their officials' names
// stays English.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

describe('a record in a language the function words do not know is named by its letter sequences', () => {
  test('a Romanian readout is Romanian, not French', () => {
    assert.equal(
      detectLanguage(
        'Premierul a avut o convorbire telefonică cu omologul său bulgar\nȘeful guvernului a discutat joi cu premierul Bulgariei despre proiectele de infrastructură comune. Cei doi au convenit să se întâlnească la Ruse luna viitoare.',
      ),
      'ro',
    );
  });

  test('a Turkish story is Turkish, whatever its few short words', () => {
    assert.equal(
      detectLanguage(
        'Dışişleri Bakanı, Yunan mevkidaşıyla telefonda görüştü\nGörüşmede iki ülke arasındaki ilişkiler ele alındı. Bakan, görüşmenin ardından sosyal medya hesabından açıklama yaptı.',
      ),
      'tr',
    );
  });

  test('an Icelandic report is Icelandic, not Danish', () => {
    assert.equal(
      detectLanguage(
        'Forsætisráðherra hitti kanslara Þýskalands í Berlín\nRáðherrarnir ræddu samstarf ríkjanna í orkumálum og stöðuna í Evrópu. Þetta var fyrsti fundur þeirra frá því í vor.',
      ),
      'is',
    );
  });

  test('Hungarian, Finnish and Estonian stories are named, not taken for English', () => {
    assert.equal(
      detectLanguage(
        'A miniszterelnök Varsóban tárgyalt lengyel kollégájával\nA két politikus az energiabiztonságról és a közös vasúti fejlesztésekről egyeztetett. A találkozót követően sajtótájékoztatót tartottak.',
      ),
      'hu',
    );
    assert.equal(
      detectLanguage(
        'Pääministeri tapasi Ruotsin pääministerin Tukholmassa\nKeskustelussa käsiteltiin puolustusyhteistyötä ja Itämeren turvallisuutta. Pääministerit sopivat tapaavansa uudelleen syksyllä.',
      ),
      'fi',
    );
    assert.equal(
      detectLanguage(
        'Peaminister kohtus Soome kolleegiga Helsingis\nKohtumisel arutati energiajulgeolekut ja Rail Balticu ehitust. Peaministrid leppisid kokku uue kohtumise sügisel.',
      ),
      'et',
    );
  });

  test('Latvian and Lithuanian stories are named, not taken for English', () => {
    assert.equal(
      detectLanguage(
        'Valsts prezidents tikās ar Somijas vēstnieci\nSarunā tika apspriesta abu valstu sadarbība aizsardzības jomā un enerģētikas projekti. Vēstniece pasniedza savus akreditācijas rakstus.',
      ),
      'lv',
    );
    assert.equal(
      detectLanguage(
        'Prezidentas susitiko su Suomijos ambasadore\nPokalbyje aptartas abiejų šalių bendradarbiavimas gynybos srityje ir energetikos projektai. Ambasadorė įteikė skiriamuosius raštus.',
      ),
      'lt',
    );
  });

  test('a Slovene story is Slovene', () => {
    assert.equal(
      detectLanguage(
        'Predsednica vlade se je sestala z avstrijskim kanclerjem\nPogovarjala sta se o sodelovanju na področju energetike in o razmerah na Balkanu. Srečanje je potekalo na Brdu pri Kranju.',
      ),
      'sl',
    );
  });

  test('Croatian and Serbian stories short of their own letters are told apart by their spellings', () => {
    assert.equal(
      detectLanguage(
        'Predsjednik vlade primio je talijanskog veleposlanika\nRazgovarali su o gospodarskoj suradnji i turizmu na Jadranu. Veleposlanik je predsjedniku prenio pozdrave talijanske premijerke.',
      ),
      'hr',
    );
    assert.equal(
      detectLanguage(
        'Predsednik vlade primio je italijanskog ambasadora\nRazgovarali su o ekonomskoj saradnji i investicijama u Srbiji. Ambasador je predsedniku preneo pozdrave italijanske premijerke.',
      ),
      'sr',
    );
  });

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
