// Hindi and Bengali records: the office before the name, no capitals to end it, so a postposition
// (Hindi) or the case ending glued to the name (Bengali) does; the office's own building or
// staff, and two offices at once, name nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Hindi', () => {
  test('"राष्ट्रपति द्रौपदी मुर्मू ने … राजदूत मोहम्मद फथली, … उच्चायुक्त सिटी अरनीफरिजा हाजी मोहम्मद जैनी और …"', () => {
    const got = names(
      'नयी दिल्ली, 15 दिसंबर (भाषा) राष्ट्रपति द्रौपदी मुर्मू ने यहां राष्ट्रपति भवन में आयोजित एक समारोह में राजदूतों से उनके परिचय पत्र स्वीकार किए।\n\nराष्ट्रपति कार्यालय द्वारा जारी एक बयान में कहा गया है कि उनमें ईरान के राजदूत मोहम्मद फथली, ब्रुनेई दारुस्सलाम की उच्चायुक्त सिटी अरनीफरिजा हाजी मोहम्मद जैनी और माइक्रोनेशिया के राजदूत जॉन फ्रिट्ज शामिल थे।',
    );
    for (const n of ['द्रौपदी मुर्मू', 'मोहम्मद फथली', 'सिटी अरनीफरिजा हाजी मोहम्मद जैनी', 'जॉन फ्रिट्ज'])
      assert.ok(got.includes(n), `${n} in ${got}`);
    assert.ok(!got.some((n) => n?.includes('कार्यालय') || n?.includes('भवन')), String(got));
  });
});

describe('Bengali', () => {
  test('"প্রধানমন্ত্রী শেখ হাসিনাকে … প্রধানমন্ত্রী নরেন্দ্র মোদী টেলিফোন করেন … প্রধানমন্ত্রীর প্রেস সচিব ইহসানুল করিম"', () => {
    const got = names(
      'প্রধানমন্ত্রী শেখ হাসিনাকে বুধবার দুপুরে ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী টেলিফোন করেন বলে জানিয়েছেন প্রধানমন্ত্রীর প্রেস সচিব ইহসানুল করিম।\n\nফোনালাপে দুই প্রধানমন্ত্রী পারস্পরিক কুশল বিনিময় করেন।',
    );
    assert.ok(got.includes('শেখ হাসিনা') && got.includes('নরেন্দ্র মোদী'), String(got));
    assert.ok(!got.some((n) => n?.includes('ইহসানুল') || n?.includes('পারস্পরিক')), String(got));
  });

  test('"পররাষ্ট্রমন্ত্রী মেভলুত কাভুসোগলুর সঙ্গে বৈঠক": the genitive goes; "জয়শঙ্কর" keeps its own র', () => {
    const got = names('ভারতের পররাষ্ট্রমন্ত্রী এস জয়শঙ্কর মঙ্গলবার নয়াদিল্লিতে তুরস্কের পররাষ্ট্রমন্ত্রী মেভলুত কাভুসোগলুর সঙ্গে বৈঠক করেন।');
    assert.ok(got.includes('এস জয়শঙ্কর') && got.includes('মেভলুত কাভুসোগলু'), String(got));
  });

  test('"পররাষ্ট্রমন্ত্রী আব্বাস আরাঘচির কাছ থেকে … বার্তা": the sender of a message is not in the room', () => {
    const got = names(
      'ইরানের পররাষ্ট্রমন্ত্রী আব্বাস আরাঘচির কাছ থেকে একটি লিখিত বার্তা পেয়েছেন সৌদি কর্মকর্তারা। রিয়াদে ইরানের রাষ্ট্রদূত আলিরেজা এনায়াতির সঙ্গে সাক্ষাতের সময় বার্তাটি গ্রহণ করেন উপ-পররাষ্ট্রমন্ত্রী ইঞ্জিনিয়ার ওয়ালিদ এল-খেরেজি।',
    );
    assert.ok(got.includes('আলিরেজা এনায়াতি') && got.includes('ওয়ালিদ এল-খেরেজি'), String(got));
    assert.ok(!got.some((n) => n?.includes('আরাঘচি')), String(got));
  });
});
