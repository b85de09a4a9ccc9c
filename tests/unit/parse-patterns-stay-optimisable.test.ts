// V8 leaves a pattern whose source is over 20 KB (RegExp::kRegExpTooLargeToOptimize) unoptimised, and it reads
// 3-4× slower: every pattern the parser builds, at load and while it reads, stays under that.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const LIMIT = 20_000;
const built = new Map<string, string>();
const Native = globalThis.RegExp;
const note = (re: RegExp): RegExp => {
  if (re.source.length > LIMIT && !built.has(re.source))
    built.set(re.source, (new Error().stack ?? '').split('\n').find((l) => l.includes('/parse/')) ?? '?');
  return re;
};
// Installed before the parser loads, so every `new RegExp(…)` it runs is seen (literals never reach this size).
globalThis.RegExp = new Proxy(Native, {
  construct: (target, args, newTarget) =>
    note(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
  apply: (target, self, args) => note(Reflect.apply(target, self, args)),
});
const { parseRecordText } = await import('../../electron/node/library/parse/index.ts');

const RECORDS = [
  'Foreign Minister Meets Counterpart\n\nSEOUL, March 14, 2023 - Foreign Minister Park Jin met Wang Yi, Chinese Foreign Minister, and the US Secretary of State Antony Blinken on Tuesday. The two ministers discussed trade.',
  '박진 외교부 장관은 14일 서울에서 왕이 중국 외교부장과 회담했다고 외교부가 밝혔다.',
  'Ngày 14/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản Yamada Takio tại Hà Nội.',
  '林芳正外務大臣は3月14日、東京で来日中のウォン豪州外相と会談を行いました。',
  '3月14日，外交部长王毅在北京会见来访的澳大利亚外长黄英贤。',
  'Министр иностранных дел Сергей Лавров 14 марта провёл переговоры с министром иностранных дел Турции.',
  'El canciller José Manuel Albares se reunió el 14 de marzo de 2023 en Madrid con su homólogo francés.',
  'Bundesaußenministerin Annalena Baerbock traf am 14. März 2023 in Berlin den Außenminister der Ukraine.',
  'Menteri Luar Negeri Retno Marsudi menerima kunjungan Duta Besar Australia di Jakarta, Selasa (14/3/2023).',
  'التقى وزير الخارجية فيصل بن فرحان نظيره المصري سامح شكري في الرياض يوم الثلاثاء 14 مارس 2023.',
];

test('every pattern the reader builds stays small enough for the engine to optimise', () => {
  for (const text of RECORDS) parseRecordText(text);
  assert.deepEqual(
    [...built].map(([source, where]) => `${source.length} characters, built ${where.trim()}`),
    [],
    'split a pattern over 20 KB into parts that match exactly as it does (parse/patterns-split.ts)',
  );
});
