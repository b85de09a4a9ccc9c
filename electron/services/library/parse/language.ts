// The record's language from its script: Hangul is Korean, kana Japanese, Han without either
// Chinese; Latin text is Vietnamese when letters only Vietnamese uses (ơ, ư, đ, ạ, ế …) are
// frequent, Indonesian when its commonest words are, else English.

export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const hangul = count(/\p{Script=Hangul}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(/\p{Script=Han}/gu);
  if (hangul / letters > 0.2) return 'ko';
  if (kana / letters > 0.1) return 'ja';
  if (han / letters > 0.2) return 'zh';
  // Letters with Vietnamese-only diacritics; a name like "Phạm Bình Minh" in English text stays below the bar.
  const vietnamese = count(
    /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu,
  );
  if (vietnamese / letters > 0.03) return 'vi';
  // Indonesian has no letters of its own; its commonest words are enough ("yang", "dan", "di").
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let indonesian = 0;
  for (const w of words) if (INDONESIAN_WORDS.has(w)) indonesian++;
  if (words.length > 0 && indonesian / words.length > 0.06) return 'id';
  return 'en';
}

const INDONESIAN_WORDS = new Set(
  'yang dan di dengan untuk ini itu dari dalam tersebut akan pada kedua juga tidak adalah oleh ke bahwa telah sebagai para menteri luar negeri'.split(
    ' ',
  ),
);
