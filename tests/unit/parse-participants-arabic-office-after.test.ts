// Arabic records that name a person first and give the office after it: a list of new envoys one
// to a line, the minister who places a call, those present at an audience; envoys named with where
// they are posted ("لدى المملكة"); two ministers in the dual, each by his country's adjective. The
// host before "استقبل" is not his guest's office, and the event attended is nobody's name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const found = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => found(text).map((p) => p.name);

describe('Arabic: the name, then the office', () => {
  test('a list of envoys presenting credentials, one to a line: each envoy, without the state after him', () => {
    const got = names(
      'استقبل الرئيس اليوم بقصر الرئاسة عددا من السفراء الذين قدموا له أوراق اعتمادهم، وهم السادة:\n' +
        'كريم ناصر الدين سفير جمهورية الكاميرون،\n' +
        'ماريا لويزا فرنانديز سفيرة جمهورية الأوروغواي،\n' +
        'هانس بيتر كولر سفير جمهورية النمسا.',
    );
    assert.ok(got.includes('كريم ناصر الدين'), String(got));
    assert.ok(got.includes('ماريا لويزا فرنانديز'), String(got));
    assert.ok(got.includes('هانس بيتر كولر'), String(got));
  });

  test('"تلقى سامي رشيد وزير الخارجية اتصالا" and "بحضور عماد الخطيب وزير الدولة": the caller and the one present', () => {
    const got = names(
      'تلقى سامي رشيد وزير الخارجية، اليوم، اتصالا هاتفيا من نظيره التونسي منير الهادي، بحضور عماد الخطيب وزير الدولة للشؤون الخارجية.',
    );
    assert.ok(got.includes('سامي رشيد'), String(got));
    assert.ok(got.includes('عماد الخطيب'), String(got));
  });

  test('"حضر اللقاء، حسن المدني نائب المحافظ، وحميد الغفلي سكرتير ثاني": both, without the list\'s "and"; the meeting itself is no one', () => {
    const got = names(
      'استقبل محافظ المدينة، في مكتبه، فهد سالم العامري سفير دولة الكويت.\n\nحضر اللقاء، حسن عبدالله المدني نائب المحافظ، وحميد سالم الغفلي سكرتير ثاني بالسفارة.\n\nحضر الاستقبال والاجتماع مساعد وزير الخارجية.',
    );
    assert.ok(got.includes('فهد سالم العامري'), String(got));
    assert.ok(got.includes('حسن عبدالله المدني'), String(got));
    assert.ok(got.includes('حميد سالم الغفلي'), String(got));
    assert.ok(!got.some((n) => n?.includes('الاستقبال')), String(got));
  });

  test('envoys in one sentence, comma after comma: "X سفير جمهورية بيرو، Y سفير جمهورية النمسا"; a lone "و" opens no name', () => {
    const got = names(
      'استقبل الملك اليوم بالقصر الملكي عددا من السفراء الذين قدموا له أوراق اعتمادهم. ويتعلق الأمر بالسادة كريم ناصر الدين سفير جمهورية بيرو، هانس بيتر كولر سفير جمهورية النمسا، جون مايكل سميث سفير جمهورية غانا.\n\nحل اليوم بالمدينة وزير الخارجية، و برفقته وزير الخارجية الغابوني ، لافتتاح القنصلية.',
    );
    assert.ok(got.includes('هانس بيتر كولر'), String(got));
    assert.ok(got.includes('جون مايكل سميث'), String(got));
    assert.ok(!got.some((n) => n?.includes('برفقته')), String(got));
  });

  test('"استقبل عبد الكريم منصور سفير فرنسا": the host is not given the envoy\'s office', () => {
    const got = found('استقبل عبد الكريم منصور سفير فرنسا لدى الجزائر بمقر الولاية.');
    assert.ok(!got.some((p) => p.name === 'عبد الكريم منصور' && p.role === 'سفير'), JSON.stringify(got));
  });
});

describe('Arabic: where an envoy is posted, and the dual', () => {
  test('"السفير السعودي لدى العراق عبد العزيز الناصر", "سفيرة جمهورية العراق لدى المملكة، هدى السعدي": the envoys', () => {
    const got = names(
      'وصل وزير الخارجية إلى بغداد، وكان في استقباله السفير السعودي لدى العراق عبد العزيز الناصر، كما كانت سفيرة جمهورية العراق لدى المملكة، هدى السعدي، حاضرة.',
    );
    assert.ok(got.includes('عبد العزيز الناصر'), String(got));
    assert.ok(got.includes('هدى السعدي'), String(got));
  });

  test('"بحث وزيرا الخارجية السعودي خالد بن سعد، والإيراني مهدي رضائي": both ministers with their countries', () => {
    const got = found('بحث وزيرا الخارجية السعودي خالد بن سعد، والإيراني مهدي رضائي، سبل تعزيز العلاقات الثنائية.');
    const saudi = got.find((p) => p.name === 'خالد بن سعد');
    const iranian = got.find((p) => p.name === 'مهدي رضائي');
    assert.equal(saudi?.country, 'Saudi Arabia', JSON.stringify(got));
    assert.equal(iranian?.country, 'Iran', JSON.stringify(got));
  });
});
