// A desk reads Polish, Czech, Slovak, Croatian, Serbian and Bulgarian releases: the language field
// must say which, not Portuguese or Italian (whose short words "a", "o", "do", "na" they share), nor
// Russian for a Bulgarian text in Cyrillic. A Slavic name in an English story changes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

describe('Slavic languages are told apart by their letters', () => {
  test('a Polish voivode meeting consuls is Polish, a Czech governor receiving diplomats Czech', () => {
    assert.equal(
      detectLanguage(
        'Wojewoda Anna Przykładowa spotkała się we wtorek z konsulem generalnym Litwy. Rozmowa dotyczyła współpracy gospodarczej oraz przejść granicznych, a w spotkaniu wziął udział także marszałek województwa.',
      ),
      'pl',
    );
    assert.equal(
      detectLanguage(
        'Hejtman kraje Jan Příklad se v pondělí setkal s velvyslancem Rakouska. Jednání se týkalo přeshraniční spolupráce, dopravy a cestovního ruchu, uvedl krajský úřad.',
      ),
      'cs',
    );
  });

  test('a Slovak minister\'s talks are Slovak; Croatian and Serbian readouts are told apart by "prije", "predsjednik" against "pre", "ambasador"', () => {
    assert.equal(
      detectLanguage(
        'Minister zahraničných vecí sa v utorok stretol so svojím rakúskym kolegom. Podľa ministerstva hovorili o spolupráci v energetike a o situácii na Ukrajine, ktorú obaja považujú za vážnu.',
      ),
      'sk',
    );
    assert.equal(
      detectLanguage(
        'Predsjednik Vlade sastao se danas s veleposlanikom Njemačke. Razgovarali su o gospodarskoj suradnji, a prije sastanka ministar je kazao da će Hrvatska nastaviti pomagati susjednoj zemlji.',
      ),
      'hr',
    );
    assert.equal(
      detectLanguage(
        'Ministar spoljnih poslova sastao se danas sa ambasadorom Nemačke. Razgovarali su o ekonomskoj saradnji, a pre sastanka ministar je rekao da će Srbija nastaviti dijalog, saopštilo je ministarstvo.',
      ),
      'sr',
    );
  });

  test('a Bulgarian text in Cyrillic is Bulgarian, a Russian one Russian; a Polish name in English stays English', () => {
    assert.equal(
      detectLanguage(
        'Кметът на общината се срещна с посланика на Германия в събота. Двамата обсъдиха сътрудничеството в областта на образованието и културата.',
      ),
      'bg',
    );
    assert.equal(
      detectLanguage(
        'Министр иностранных дел встретился с послом Германии в субботу. Стороны обсудили сотрудничество в области образования.',
      ),
      'ru',
    );
    assert.equal(
      detectLanguage(
        'The minister met Łukasz Przykład, the Polish ambassador, on Tuesday and discussed trade and the energy transition with him.',
      ),
      'en',
    );
  });
});
