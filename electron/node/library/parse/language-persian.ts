// Persian and Arabic share a script. Persian adds its own letters (پ چ ژ گ) and writes yeh and kaf in
// their Persian forms (ی ک, where Arabic writes ي ك and ends words on ة): a Persian news story short on
// پ چ ژ گ ("دیدار سفیر جدید روسیه …") is still told by its ی and ک. Urdu, which writes ی and ک too, is
// told apart first by its own letters (language.ts).

/** 'fa' when the Arabic-script text is Persian, else 'ar'. */
export function persianOrArabic(text: string, letters: number): 'fa' | 'ar' {
  let own = 0;
  let persianForms = 0;
  let arabicForms = 0;
  for (const ch of text) {
    if (ch === 'پ' || ch === 'چ' || ch === 'ژ' || ch === 'گ') own++;
    else if (ch === 'ی' || ch === 'ک') persianForms++;
    else if (ch === 'ي' || ch === 'ك' || ch === 'ة') arabicForms++;
  }
  if (own > 0.01 * letters) return 'fa';
  // Persian yeh and kaf clearly outnumber Arabic's letters: an Arabic page typed on a Persian keyboard keeps its ة.
  return persianForms > 0.04 * letters && persianForms > 4 * arabicForms ? 'fa' : 'ar';
}
