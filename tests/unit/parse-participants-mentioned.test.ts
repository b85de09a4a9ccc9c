// Named in the record but not in the room: the spokesperson who tells the press about a meeting,
// and the other people a record mentions around the meeting it reports.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the spokesperson who reports a meeting is not one of its participants', () => {
  test('an English readout: the spokesperson who describes the call is left out', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Ana Costa met Foreign Minister Lena Berg in Lisbon on Monday.\n\nSpokesperson Tomas Veld said the ministers discussed trade.',
      ),
      ['Ana Costa', 'Lena Berg'],
    );
  });

  test('a spokesperson described after the name: "the ambassador X, porte-parole du ministère"', () => {
    assert.deepEqual(
      names(
        "Le ministre des Affaires étrangères Paul Girard a rencontré la ministre Lena Berg à Oslo. L'ambassadeur Marc Petit, porte-parole du ministère, a déclaré que la rencontre était fructueuse.",
      ),
      ['Paul Girard', 'Lena Berg'],
    );
  });

  test('a Vietnamese report: "Người phát ngôn" who announces the talks is left out', () => {
    const got = names(
      'Bộ trưởng Ngoại giao Trần Văn Bình đã hội đàm với Ngoại trưởng Lena Berg.\n\nNgười phát ngôn Bộ Ngoại giao Lê Thu Hà cho biết hai bên nhất trí tăng cường hợp tác.',
    );
    assert.ok(got.includes('Trần Văn Bình'));
    assert.ok(!got.includes('Lê Thu Hà'));
  });

  test('a Korean report: the 대변인 who briefs is left out, but one listed among those present is kept', () => {
    const briefed = names(
      '김민수 외교부 장관은 이날 마크롱 대통령과 회담했다.\n\n박영호 대변인은 브리핑에서 두 장관이 협력을 논의했다고 밝혔다.',
    );
    assert.ok(briefed.includes('김민수'));
    assert.ok(!briefed.includes('박영호'));
    const present = names(
      '김민수 장관은 이날 존스 장관과 회담했다. 우리 측에서는 이동훈 국가안보실장, 박영호 대변인 등이 배석했다.',
    );
    assert.ok(present.includes('박영호'), `got ${present.join(', ')}`);
  });
});

describe('a word of a title is never a name', () => {
  test('"chính quyền Tổng thống X" is X’s administration: "quyền" is not "acting" and X is not in the room', () => {
    const got = names(
      'Bộ trưởng Ngoại giao Trần Văn Bình điện đàm với Ngoại trưởng Lena Berg.\n\nChính sách của chính quyền Tổng thống Omar Diaz tiếp tục coi trọng quan hệ hai nước.',
    );
    assert.ok(got.includes('Trần Văn Bình') && !got.includes('Omar Diaz'), `got ${got.join(', ')}`);
  });

  test('"Thủ tướng Hoàng gia Campuchia" is the royal government’s prime minister, not a Mr Hoàng', () => {
    const got = names('Thủ tướng Hoàng gia Campuchia Samdech Sok Chan tiếp Bộ trưởng Ngoại giao Trần Văn Bình tại Phnom Penh.');
    assert.ok(!got.includes('Hoàng'), `got ${got.join(', ')}`);
    assert.ok(got.includes('Samdech Sok Chan'), `got ${got.join(', ')}`);
  });
});

describe('a leader named around the meeting, not in it, is left out', () => {
  test('an earlier call recalled: "following the call between President A and President B"', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Ana Costa spoke today with Foreign Minister Lena Berg to discuss next steps following the May 3 call between President Omar Diaz and President Ivo Kral.',
      ),
      ['Ana Costa', 'Lena Berg'],
    );
  });

  test('the governments of two leaders, or a message to a leader, in Spanish and Portuguese', () => {
    const es = names(
      'El canciller Luis Mora se reunió con la canciller Ana Ruiz y acordó profundizar el diálogo entre los gobiernos del presidente Omar Díaz y la presidenta Eva Sol.',
    );
    assert.ok(es.includes('Luis Mora') && !es.includes('Omar Díaz'), `got ${es.join(', ')}`);
    const pt = names(
      'O chanceler Rui Prado se reuniu com o ministro Abel Nunes, que trouxe uma mensagem a ser entregue ao presidente Ivo Lima.',
    );
    assert.ok(pt.includes('Rui Prado') && !pt.includes('Ivo Lima'), `got ${pt.join(', ')}`);
  });

  test('a Korean record recalling a visit "지난 2003년": that visitor is not in this meeting', () => {
    const got = names(
      '김민수 국회의장은 15일 장밍 전인대 상무위원장과 회담했다. 상무위원장의 방한은 지난 2003년 왕다 상무위원장 이후 처음이다.',
    );
    assert.ok(got.includes('김민수') && !got.includes('왕다'), `got ${got.join(', ')}`);
  });
});

describe('headline words after a title are not a name', () => {
  test('English: "Chile-Peru Foreign Minister Consultations" is an event, not a minister called Consultations', () => {
    const got = names(
      'Chile-Peru Foreign Minister Consultations\n\nForeign Minister Ana Costa met Foreign Minister Jo Park in Lima.',
    );
    assert.deepEqual(got, ['Ana Costa', 'Jo Park']);
  });

  test('Indonesian: "Presiden Terima Surat Kepercayaan Dubes Negara Sahabat" names nobody', () => {
    const got = names(
      'Presiden Terima Surat Kepercayaan Dubes Negara Sahabat\n\nPresiden Budi Santoso menerima surat kepercayaan dari Dubes Chile Ana Costa di Istana Merdeka.',
    );
    assert.ok(!got.some((n) => n !== null && /Surat|Negara/.test(n)), `got ${got.join(', ')}`);
    assert.ok(got.includes('Budi Santoso'), `got ${got.join(', ')}`);
  });
});

describe('someone who only will meet later is not a participant', () => {
  test('English puts the plan after the name: "Prime Minister X is to visit …" in a later paragraph', () => {
    const got = names(
      'Foreign Minister Ana Costa met Foreign Minister Lena Berg in Oslo on Monday.\n\nPrime Minister Omar Diaz is to visit Oslo in May.',
    );
    assert.deepEqual(got, ['Ana Costa', 'Lena Berg']);
  });

  test('"will meet" after the name likewise, while the one who met today stays', () => {
    const got = names('Minister Ana Costa met Minister Lena Berg today.\n\nPresident Ivo Kral will meet them next week.');
    assert.deepEqual(got, ['Ana Costa', 'Lena Berg']);
  });
});

describe('a name the people directory knows is a participant only where the record ties it to the meeting', () => {
  const known = {
    Kral: { name: 'Ivo Kral', role: 'President', country: 'Norway' },
    Berg: { name: 'Lena Berg', role: 'Foreign Minister', country: 'Norway' },
  };
  const directory = { lookup: (n: string) => known[n as keyof typeof known] ?? null };
  const withDirectory = (text: string) =>
    findParticipants(text.split('\n\n'), { publisherCountry: null, hostCountry: null, directory }).map((p) => p.name);

  test('a leader the directory knows, named only in an aside, is left out', () => {
    assert.deepEqual(
      withDirectory(
        'Foreign Minister Ana Costa met Foreign Minister Tom Lind in Oslo.\n\nThe country has been led by Kral since 2019.',
      ),
      ['Ana Costa', 'Tom Lind'],
    );
  });

  test('one the directory knows, named in the sentence of the meeting or among those attending, is kept', () => {
    assert.deepEqual(withDirectory('Foreign Minister Ana Costa met Berg in Oslo.'), ['Ana Costa', 'Berg']);
    assert.ok(
      withDirectory('Foreign Minister Ana Costa met Foreign Minister Tom Lind in Oslo.\n\nKral also attended.').includes('Kral'),
    );
  });
});

describe('a record whose every meeting is still to come has no participants', () => {
  test('an announcement that two ministers "will meet next weekend" names no one in a room', () => {
    assert.deepEqual(
      names(
        'Ministers of the two countries set a meeting\n\nForeign Minister Ali Demir said in a tweet that Foreign Ministers Ana Costa and Lena Berg will meet next weekend.\n\n"The ministers have decided to meet, with my participation," said Ali Demir.',
      ),
      [],
    );
  });

  test('Ukrainian "зустрінеться" is a meeting to come; a meeting held the same day still counts', () => {
    assert.deepEqual(names('Міністр закордонних справ Дмитро Коваль зустрінеться з державним секретарем Анною Берг.'), []);
    assert.deepEqual(
      names('Foreign Minister Ana Costa met Foreign Minister Lena Berg in Lisbon on Monday. They will meet again in May.'),
      ['Ana Costa', 'Lena Berg'],
    );
  });
});
