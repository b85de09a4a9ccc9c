// A press conference's transcript lists the visits the spokesperson talks about; it reports no meeting
// itself, so nobody in it is a participant: Japanese "【…報道官】冒頭…", Chinese "新闻发布会".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("a Japanese spokesperson's transcript ('【田中外務報道官】冒頭、…') lists courtesy calls but reports no meeting", () => {
  const parsed = parseRecordText(
    [
      '【田中外務報道官】冒頭、私のほうから1点ございます。',
      '今月に入って以降、海外から多くの要人が来日されております。今週も、会議関連の要人往来に加えまして、それ以外の要人往来もございました。',
      '翌27日(火曜日)には、UNICEFのラッセル事務局長が山田総理大臣、そして佐藤外務大臣と会談を行い、また訪日中のヨンソン・ノルウェー首相が山田総理大臣との間で会談を行いました。',
      'それぞれの会談の詳細につきましては、報道発表や外務省ホームページを参照いただければと思います。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    parsed.participants.map((p) => p.name),
    [],
  );
});

test("a Chinese '新闻发布会' record that mentions talks lists no participants", () => {
  const parsed = parseRecordText(
    [
      '外交部长在新闻发布会上答记者问',
      '外交部长在十四届全国人大二次会议新闻发布会上回答中外记者提问。他表示,外交部长上月会见美国国务卿时双方进行了坦诚交流。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    parsed.participants.map((p) => p.name),
    [],
  );
});
