// Polish, Czech, Slovak, Croatian and Serbian write where a meeting was in the locative ("v Minsku",
// "w Rzeszowie", "ve Štiříně", "vo Washingtone", "u Zagrebu"); the desk files the place under its own
// name. A form no ending rule undoes is left out rather than guessed, and the war or the post a place
// belongs to ("sytuacji w Ukrainie", "velvyslanec v Rakousku") is not where they met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { westSlavicPlace } from '../../electron/node/library/parse/place/west-slavic.ts';

describe('West and South Slavic places in the locative', () => {
  test('the locative is undone: "v Minsku", "w Rzeszowie", "ve Štiříně", "vo Washingtone", "u Zagrebu", "w Nowym Jorku", "v Brně"', () => {
    assert.equal(westSlavicPlace(['Poradca sa v utorok v Minsku stretol s ministrom.']), 'Minsk');
    assert.equal(westSlavicPlace(['Wojewoda spotkała się w Rzeszowie z konsulem Ukrainy.']), 'Rzeszów');
    assert.equal(westSlavicPlace(['Hejtmani se setkali s diplomaty ve Štiříně.']), 'Štiřín');
    assert.equal(westSlavicPlace(['Minister označil stretnutie s kolegom vo Washingtone za priateľské.']), 'Washington');
    assert.equal(westSlavicPlace(['Ministar se sastao s kolegom u Zagrebu.']), 'Zagreb');
    assert.equal(westSlavicPlace(['Minister spotkał się z kolegą w Nowym Jorku.']), 'Nowy Jork');
    assert.equal(westSlavicPlace(['Hejtman se v Brně setkal s konzuly.']), 'Brno');
  });

  test('a place the meeting is not in, or a form no rule undoes, gives nothing', () => {
    assert.equal(westSlavicPlace(['Ministrowie rozmawiali o sytuacji w Ukrainie.']), null);
    assert.equal(westSlavicPlace(['Hejtman se setkal s velvyslancem v Rakousku.']), null);
    assert.equal(westSlavicPlace(['The minister met his colleague in Warsaw.']), null);
  });
});
