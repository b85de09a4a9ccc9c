// A Japanese prefecture's or city's page says a consul "県庁を表敬訪問されました", a paper that the
// delegation "市役所を表敬訪問した", a wire that the ministers "外務省で会談し": the hall or ministry is
// where they met. A desk officer files it; a ministry named as a topic ("外務省では") or a hall one
// visits whenever ("市役所を訪問すると") is not a venue.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the hall or ministry a Japanese record says the meeting was held at', () => {
  test('"駐大阪ベトナム総領事が県庁を表敬訪問されました" gives 県庁', () => {
    assert.equal(place('5月12日、駐大阪ベトナム総領事が県庁を表敬訪問されました。知事は交流の拡大に期待を述べました。'), '県庁');
  });

  test('"訪問団は18日、市役所を表敬訪問した" gives 市役所', () => {
    assert.equal(place('ハノイ市の公式訪問団は18日、市役所を表敬訪問した。副市長らと会い、交流の拡大を確認した。'), '市役所');
  });

  test('"外相と外務省で会談し" gives 外務省', () => {
    assert.equal(place('外相は24日、ベトナムの外相と外務省で会談し、経済協力の強化で一致した。'), '外務省');
  });

  test('"外務省では" and "市役所を訪問すると" give no venue', () => {
    assert.notEqual(place('外務省では、駐日大使を地方に招く事業を行っている。大使は知事と会談した。'), '外務省');
    assert.notEqual(place('総領事は、日本の県庁や市役所を訪問すると、必ず若者が働いていると述べた。知事と会談した。'), '市役所');
  });
});

describe('the city a Japanese record says the meeting was held in or visited', () => {
  test('"習近平国家主席と大阪市で会談した" gives 大阪市, "名古屋を訪れ、…と会談を行いました" gives 名古屋', () => {
    assert.equal(place('安倍晋三首相は27日、中国の習近平国家主席と大阪市で会談した。首相は訪日を要請した。'), '大阪市');
    assert.equal(place('外務大臣会合のため名古屋を訪れ、各国外務大臣と会談を行いました。'), '名古屋');
  });

  test('"本市で", "姉妹都市を訪問し" name no city', () => {
    assert.equal(place('代表団は本市で市長と会談した。'), null);
    assert.equal(place('市長は姉妹都市を訪問し、市長と会談した。'), null);
  });
});
