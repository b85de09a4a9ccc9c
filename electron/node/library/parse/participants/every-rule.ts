// Every rule that reads the text alone, in the order they take their mentions: an earlier rule's
// span is not read again by the ones after, so the order is the precedence between forms.

import { arabicMentions } from './arabic.ts';
import { arabicAfterMentions } from './arabic-after.ts';
import { attendanceMentions } from './attendance.ts';
import { cjkMentions } from './cjk.ts';
import { courtesyCommaMentions } from './courtesy-comma.ts';
import { courtesyFirstMentions, courtesyMeetsMentions } from './courtesy-first.ts';
import { courtesyShortMentions } from './courtesy-short.ts';
import { englishMentions } from './english.ts';
import { academicMentions } from './english-academic.ts';
import { localTitleMentions } from './english-local-titles.ts';
import { lowerTitleMentions } from './english-lower-titles.ts';
import { officeBracketNameMentions } from './english-office-bracket-name.ts';
import { officeCourtesyMentions } from './english-office-courtesy.ts';
import { parenOfficeMentions } from './english-paren-office.ts';
import { englishPlaceMentions } from './english-place.ts';
import { postNominalMentions } from './english-post-nominal.ts';
import { envoyAfterMentions } from './envoy-after.ts';
import { envoyCountryMentions } from './envoy-countries.ts';
import { envoyFromListMentions } from './envoy-from-lists.ts';
import { envoyLineMentions } from './envoy-lines.ts';
import { envoyListMentions } from './envoy-lists.ts';
import { envoyPairMentions } from './envoy-pairs.ts';
import { europeanMentions } from './european.ts';
import { germanBracketListMentions } from './german-bracket-lists.ts';
import { germanPluralTitleMentions } from './german-plural-titles.ts';
import { hungarianMentions } from './hungarian.ts';
import { indicMentions } from './indic.ts';
import { indonesianBodyEndMentions } from './indonesian-body-end.ts';
import { indonesianCapacityMentions } from './indonesian-capacity.ts';
import { indonesianDegreeMentions } from './indonesian-degrees.ts';
import { indonesianLocalMentions } from './indonesian-local.ts';
import { indonesianOfficeCommaMentions } from './indonesian-office-comma.ts';
import { japaneseHostMentions } from './japanese-hosts.ts';
import { koreanMentions } from './korean.ts';
import { koreanAttendingMentions } from './korean-attending.ts';
import { koreanBareListMentions } from './korean-bare-lists.ts';
import { koreanBodyOfficeMentions } from './korean-body-office.ts';
import { koreanBulletListMentions } from './korean-bullet-lists.ts';
import { koreanConsulMentions } from './korean-consuls.ts';
import { koreanCounterpartMentions } from './korean-counterparts.ts';
import { koreanDotListMentions } from './korean-dot-lists.ts';
import { koreanForeignBodyMentions } from './korean-foreign-bodies.ts';
import { koreanGluedNameMentions } from './korean-glued-names.ts';
import { koreanHeadMentions } from './korean-heads.ts';
import { koreanLatinMentions } from './korean-latin.ts';
import {
  koreanBodySideMentions,
  koreanEventListMentions,
  koreanListMentions,
  koreanSharedTitleMentions,
} from './korean-lists.ts';
import { koreanLongNameMentions } from './korean-long-names.ts';
import { koreanMonkMentions } from './korean-monks.ts';
import { koreanOfficeAppositiveMentions } from './korean-office-appositive.ts';
import { koreanOneWordForeignMentions } from './korean-one-word-foreign.ts';
import { koreanPlaceMentions } from './korean-places.ts';
import { koreanSpelledMentions } from './korean-spelled.ts';
import { koreanTitleFirstMentions } from './korean-title-first.ts';
import { localMentions } from './local.ts';
import { malayMentions } from './malay.ts';
import { malayNameFirstMentions } from './malay-name-first.ts';
import { malayRoyalMentions } from './malay-royals.ts';
import { objectMentions } from './objects.ts';
import { officeAfterNameMentions } from './office-after-name-general.ts';
import { officeCommaMentions } from './office-comma.ts';
import { officeNameGeneralMentions } from './office-name-general.ts';
import { parenListMentions } from './paren-list.ts';
import { persianMentions } from './persian.ts';
import { pluralListMentions } from './plural-lists.ts';
import { pluralLocalTitleMentions } from './plural-local-titles.ts';
import { pluralOfficeMentions } from './plural-offices.ts';
import { pluralTitleMentions } from './plural-titles.ts';
import { possessiveCountryMentions } from './possessive-country.ts';
import { presentListMentions } from './present-lists.ts';
import { regnalMentions } from './regnal.ts';
import { romancePluralListMentions } from './romance-plural-lists.ts';
import { slavicMentions } from './slavic.ts';
import { slavicBareSurnameMentions } from './slavic-bare-surnames.ts';
import { slavicInstrumentalMentions } from './slavic-cases.ts';
import { slavicCourtesyMentions } from './slavic-courtesy.ts';
import { slavicDativeMentions } from './slavic-dative.ts';
import { slavicGenitiveMentions } from './slavic-genitive.ts';
import { slavicPatronymicMentions } from './slavic-patronymics.ts';
import { slavicSubjectMentions } from './slavic-subjects.ts';
import { familyMentions, firstSpouseMentions, spouseMentions } from './spouses.ts';
import { tagalogMentions } from './tagalog.ts';
import { thaiMentions } from './thai.ts';
import { thaiOfficeFirstMentions } from './thai-office-first.ts';
import { turkishMentions } from './turkish.ts';
import type { Mention } from './types.ts';
import { urduMentions } from './urdu.ts';
import { vietnameseListMentions } from './vietnamese-lists.ts';
import { westSlavicInstrumentalMentions } from './west-slavic-cases.ts';

/** Every rule that reads the text alone, in order: what each takes is not read again by the ones after. */
export function everyRuleButTheDirectory(
  text: string,
  take: (found: [Mention, number][]) => void,
  free: (a: number, b: number) => boolean,
): void {
  take(cjkMentions(text));
  // Before the regnal and office rules: a consort's title, then her name opened by its royal style ("Raja Permaisuri Agong Tunku …").
  take(malayRoyalMentions(text, free));
  // Before the office rules: "Đức Thánh Cha Phanxicô", "Raja Mswati III" are one name after the title, with its numeral.
  take(regnalMentions(text, free));
  take(vietnameseListMentions(text));
  take(envoyPairMentions(text, free));
  take(malayMentions(text, free));
  // Before the office rule: the degrees around a name say where it starts and ends ("Bupati Tapanuli, Brigjen Pol Dr. A B, M.Kes").
  take(indonesianDegreeMentions(text, free));
  take(indonesianLocalMentions(text, free));
  take(indonesianOfficeCommaMentions(text, free));
  take(indonesianBodyEndMentions(text, free));
  take(localMentions(text, free));
  // Before the Persian and Arabic rules: Urdu writes the office first and ends the name with a postposition.
  take(urduMentions(text, free));
  // Before the Arabic rule: Persian writes its offices after the name, where Arabic's rule reads a name after them.
  take(persianMentions(text, free));
  take(arabicMentions(text, free));
  take(arabicAfterMentions(text, free));
  take(thaiMentions(text, free));
  take(thaiOfficeFirstMentions(text, free));
  take(turkishMentions(text, free));
  take(indicMentions(text, free));
  take(tagalogMentions(text, free));
  // First of the Slavic rules: the patronymic says where a three-word name starts ("голова Іван Петрович Коваль").
  take(slavicPatronymicMentions(text, free));
  // Before the nominative rule: "встреча главы МИД РФ Сергея Лаврова и …" is the genitive, not "главы" the plural.
  take(slavicGenitiveMentions(text, free));
  take(slavicMentions(text, free));
  // Before the instrumental rule: a foreign woman's name after "госпожой" does not decline.
  take(slavicCourtesyMentions(text, free));
  take(slavicInstrumentalMentions(text, free));
  take(westSlavicInstrumentalMentions(text, free));
  take(slavicGenitiveMentions(text, free));
  take(slavicSubjectMentions(text, free));
  take(slavicDativeMentions(text, free));
  // Last of the Slavic rules: a bare surname is read only where no fuller naming took the words.
  take(slavicBareSurnameMentions(text, free));
  // Before the name-then-office rules: "조계종 총무원장 지관 스님" is the monk, not "조계종" the order.
  take(koreanMonkMentions(text, free));
  take(koreanListMentions(text));
  take(koreanSharedTitleMentions(text));
  // Before the name-then-office rule: "A B·C D 의원" is two names, not "C D" alone.
  take(koreanDotListMentions(text, free));
  take(koreanPlaceMentions(text, free));
  // Before the name-then-office rule: a bulleted item's country says where its name ends ("▴A B 호주 국회 … 위원장").
  take(koreanBulletListMentions(text, free));
  // Before the name-then-office rule: a body it does not know between a foreign name and its office is not the name ("A B 소방청 장관").
  take(koreanForeignBodyMentions(text, free));
  take(koreanMentions(text));
  take(koreanHeadMentions(text, free));
  take(koreanGluedNameMentions(text, free));
  take(koreanBodyOfficeMentions(text, free));
  take(koreanTitleFirstMentions(text, free));
  take(koreanLatinMentions(text, free));
  take(koreanSpelledMentions(text, free));
  take(koreanLongNameMentions(text, free));
  take(koreanOfficeAppositiveMentions(text, free));
  take(koreanOneWordForeignMentions(text, free));
  take(koreanConsulMentions(text, free));
  take(koreanEventListMentions(text));
  take(koreanBodySideMentions(text));
  take(koreanAttendingMentions(text));
  take(koreanBareListMentions(text, free));
  // Before the title rules: a list of those present reads long names ("Shakhbout bin Nahyan bin Mubarak Al Nahyan") whole.
  take(attendanceMentions(text, free));
  take(pluralTitleMentions(text, free));
  take(pluralLocalTitleMentions(text, free));
  take(germanPluralTitleMentions(text, free));
  take(pluralListMentions(text, free));
  take(romancePluralListMentions(text, free));
  take(objectMentions(text, free));
  take(envoyLineMentions(text, free));
  take(envoyListMentions(text, free));
  take(envoyFromListMentions(text, free));
  take(presentListMentions(text, free));
  take(envoyCountryMentions(text, free));
  take(officeBracketNameMentions(text, free));
  take(parenOfficeMentions(text, free));
  take(englishMentions(text, free));
  take(academicMentions(text, free));
  take(englishPlaceMentions(text, free));
  take(lowerTitleMentions(text, free));
  take(localTitleMentions(text, free));
  // After the title rules: an office they do not know the head of ("the Clerk of the Assembly Mr. A B"), read up to the courtesy title.
  take(officeCourtesyMentions(text, free));
  take(envoyAfterMentions(text, free));
  take(europeanMentions(text, free));
  take(hungarianMentions(text, free));
  take(possessiveCountryMentions(text, free));
  take(spouseMentions(text, free));
  take(firstSpouseMentions(text, free));
  take(familyMentions(text, free));
  take(courtesyFirstMentions(text, free));
  // After the title rules: "Minister of State Jane Roe MP" is read with the office; "Jane Roe MP" alone with its seat.
  take(postNominalMentions(text, free));
  take(parenListMentions(text, free));
  take(germanBracketListMentions(text, free));
  // Last: a country and office alone, where no rule found a name for that office.
  take(koreanCounterpartMentions(text, free));
  take(japaneseHostMentions(text, free));
  take(pluralOfficeMentions(text, free));
  // Office, comma, "Mr. X"; then, after every rule that reads a full name, "Mr Key said they …" is the John Key named earlier.
  take(courtesyCommaMentions(text, free));
  take(officeCommaMentions(text, free));
  // "Dr. A B met …": a form of address and a meeting verb, where no rule read an office with the name.
  take(courtesyMeetsMentions(text, free));
  take(courtesyShortMentions(text, free));
  // After every rule that reads a name by its office: an Indonesian name read by the capacity after it ("A selaku Kepala …").
  take(indonesianCapacityMentions(text, free));
  // After them too: a Malay or Indonesian name, then its office set off by a comma ("A bin B, Datuk Bandar …").
  take(malayNameFirstMentions(text, free));
  // Last of all: an office whose complement no language's rule knew, then its holder's name after a comma.
  take(officeNameGeneralMentions(text, free));
  take(officeAfterNameMentions(text, free));
}
