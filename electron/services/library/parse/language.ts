// The record's language from its script: Hangul is Korean, kana Japanese, Han without either
// Chinese; Latin text is Vietnamese when letters only Vietnamese uses (ơ, ư, đ, ạ, ế …) are
// frequent, else English. Good enough for the three languages the desks work in.

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
  const vietnamese = count(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu);
  if (vietnamese / letters > 0.03) return 'vi';
  return 'en';
}
