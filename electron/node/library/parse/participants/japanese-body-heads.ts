// Japanese names a body and glosses it with its head in brackets: "豊川商工会議所総務運営委員会(岩瀬某委員長)は…",
// "横浜台湾同郷会(鄭某会長)を表敬訪問", "日中友好協会(山田某会長)・伊藤忠商事副会長". The bracket tells whose body it
// is, as an address tells whose house: the head is named there in passing, and is in the room only where the record
// names them again ("鄭会長は…と述べた"). cjk-japanese.ts asks here of each name it reads.

/** A standing body's last word: an association, a committee, a union, a club, a league, a foundation, a chamber. */
const BODY_END = /(?:会|会議所|組合|倶楽部|クラブ|連盟|財団|法人)$/u;

/**
 * The name read from `start` to the title's end `end` stands alone in brackets straight after a body's name: an opening
 * bracket before it, the body before that, and the bracket closing (or "・", another office of the same head) after it.
 */
export function headGlossingBody(text: string, start: number, end: number): boolean {
  if (!/[(（]/u.test(text[start - 1] ?? '') || !/^[)）・]/u.test(text.slice(end, end + 1))) return false;
  return BODY_END.test(text.slice(Math.max(0, start - 9), start - 1));
}
