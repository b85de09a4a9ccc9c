// The floors the corpus test holds each split to, with the history of how each was measured: the
// figures a stop ended at, what a rule or a batch moved, and why a floor rose or (rarely) fell.

import type { Field, Split } from '../../scripts/eval-import.ts';

export type Floors = Partial<Record<Field, number>> & { precision: number; recall: number; invented: number };

// Floors a little under the figures measured on each split at the last change (see README),
// so one record slipping does not fail, and a rule that breaks several does.
// `invented` is the most dates given where the record supports none: none on the tuning split;
// the blind split has four that nobody has read (the goal is none there too).
export const FLOORS: Record<Split, Floors> = {
  // Measured at the end of stop 21 (874 records, with this stop's batches new-kovi7, new-title9,
  // new-people10 and new-dates10, each labelled before parsing and scored once before any rule):
  // title 92.6%, publisher 79.1%, publishedAt 97.7%, meetingDate 96.3%, place 74.8%, language 98.5%,
  // participants precision 83.8%, recall 81.2%; no invented date.
  // Stop 22, with new-dates11, new-kovi8(+b) and new-title10 (each labelled before parsing and scored
  // once before any rule) and their rules, then the dates of the fresh batches no rule had read (an
  // invitation's year, an event's span of days, a 'Related News' list, a meeting put off, a comment
  // box, another story far down a saved page): 968 records, title 91.9%, publisher 79.0%, publishedAt
  // 97.5%, meetingDate 96.6%, place 76.0%, language 98.6%, participants precision 82.2%, recall 79.4%;
  // no invented date. With new-people11 (38 records from 38 publishers, labelled before parsing) and
  // its participant rules, 1,006 records: title 91.5%, publisher 78.8%, publishedAt 97.3%, meetingDate
  // 96.2%, place 75.2%, language 98.5%, participants precision 82.8%, recall 78.4%; no invented date.
  // Stop 23, with four fresh batches (new-kovi9, new-dates12, new-title11, new-people12: 140 records from
  // about 140 publishers, each labelled before parsing and scored once before any rule), their rules, six
  // records two batches had each taken from the same page kept once, and Russian names in their dictionary
  // form: 1,146 records, title 91.4%, publisher 78.0%, publishedAt 97.3%, meetingDate 95.5%, place 73.6%,
  // language 98.5%, participants precision 82.8%, recall 76.9%; with a meeting told in the first 8
  // paragraphs (no longer 20): meetingDate 95.4%, precision 84.1%, recall 76.8%. The fresh batches brought four invented
  // dates no rule reads yet: vi2355 (a state visit announced on its first day), en2319 ('today' in a
  // quoted statement of unknown date), ja2330 (an earlier meeting recalled, '去る6月4日に…懇談されたことにふれると'),
  // zh2336 (a page reposted years after the 'met Monday' it reports). The three that came with their batch
  // were found by ko2348's, id2383's and zh2390's rules ('最近' then '이날', 'kata … Minggu (…)', a press
  // conference opening a long paragraph).
  // Stop 24: four fresh batches (new-dates14, new-kovi13, new-people14, new-title14: 147 records from about 145
  // publishers, each labelled before parsing and scored once before any rule), their rules and this stop's own;
  // a page two batches both took kept once, and eight pages the tuning split held byte for byte as the blind
  // split does taken out of it. 1,287 records: title 91.2%, publisher 77.3%, publishedAt 96.97% (1,248/1,287),
  // meetingDate 95.4%, place 74.2%, language 98.4%, participants precision 84.9%, recall 76.3%. publishedAt's
  // floor is 0.96 for five publication dates of new-title14 no rule reads yet (a byline's 'March 18' with its
  // year only in a caption, a '更新日' line, a site's date bar, a byline above the headline, a dateline's date).
  // Eight invented dates, all from fresh batches and all but one on the odd halves kept aside from rule-writing:
  // th2551 (two dates of one visit that disagree), zh2571 (a column of list dates, twice), ko2523 (the day a
  // city told it), en2611 (an arrival whose leaders' meeting was still to come), vi2355 and en2319 (stop 23's),
  // and zh2336 (a page reposted years after the 'met Monday' it reports).
  // Stop 25 (kovi14): the fresh batch new-kovi14 (31 Korean and Vietnamese records from 30 sites, labelled
  // before parsing and scored once before any rule: title 78.6%, publisher 83.9%, publishedAt 87.1%, meetingDate
  // 74.2%, place 45.2%, participants 77.2% / 72.1%, three invented dates) took the tuning split's title to 90.98%
  // (726/798), meetingDate to 94.9% and place to 73.5%, under their floors, and added three invented dates:
  // ko2704 (a symposium trip previewed in the present tense, dated by its run-on byline), vi2726 (a spokesperson's
  // statement whose spam-injected words read as "trực tiếp", i.e. "tiếp" received) and ko2727 (a trip report's
  // arrival day read as its publication; on the odd half kept aside). The floors below are the figures measured
  // with that batch and this stop's rules (Korean outlet tags, "도시" before 시장, the agency's correspondent,
  // "서기장" and a name's spelling in brackets): 1,318 records, title 91.0% (726/798), publisher 78.5%,
  // publishedAt 96.7%, meetingDate 94.9%, place 73.5%, language 98.4%, participants precision 85.2%, recall 76.3%.
  // Stop 25, new-dates15 (40 records from 40 sites in 13 languages, 16 of them whole saved pages, 20 without a
  // meeting; labelled before parsing and scored once before any rule: publishedAt 95.0%, meetingDate 90.0%,
  // participants 63.5% / 55.9%, no invented date), the date a page prints alone under its headline, and an update
  // stamp that is the only date a page gives itself: 1,327 records, publishedAt 97.4% (1,292/1,327), meetingDate
  // 95.3%, participants precision 84.8%, recall 75.99% (2,453/3,228): recall's floor is 0.75 because the fresh
  // batch's 59 participants, 26 of them not found yet, came in below it (the split stood at 76.3% before the
  // batch, and no rule of this stop lowered it).
  // Stop 25, new-people15 (40 fresh records from 38 publishers in 12 languages, 15 without a meeting, labelled
  // before parsing and scored once before any rule: participants precision 68.1%, recall 51.5%, two invented
  // dates) brought the split's recall from 76.3% to 75.7% and precision to 84.6%; its rules (a plan told after
  // the name in Turkish and Chinese; a greeting or an envoy sent, in the singular; a Turkish governor named
  // after the office; a list of those present, the name before the office) took them to 85.2% and 76.3%.
  // Its two invented dates: fr2787 (odd half: a preview's '20 et 21 mai' read as a meeting day) and ja2792
  // (a programme's meeting day '平成28年6月28日' taken for the page's); no rule reads them yet. Its 18
  // headlines were read 12 times (a site's date bar, a breadcrumb, a photo caption or '– Jeune Afrique'
  // taken for the headline), which took title from 91.2% to 90.6% (727/802): title's floor is 0.90 for that
  // batch, for no rule of this stop (none touches titles).
  // Stop 25, English participants (enppl25): a courtesy title and surname in the meeting sentence is the full
  // name given before ("Mr Key said they …"), an office then ", Mr X", "the Honourable", a plan told after the
  // name ("is set for", "would participate"): precision 85.5% → 85.6%, recall 76.3% → 76.7%.
  // Stop 25, new-title15 (33 records, labelled before parsing): three more invented dates, all of that batch and
  // left as the labels have them: es2838 (a march whose preparatory meeting of 'el lunes pasado' the label does
  // not count as the record's meeting), ru2826 (the date of a tweet embedded under the visit it reports), and
  // fr2833 (odd half: a screenshot's file name and comments' dates, not the article's). With it: title 91.3%, place 74.1%.
  // Stop 25, Korean and Vietnamese participants (kovippl25b): those who sat in, listed after "이날 예방에는",
  // "접견에는 … 의장을 비롯해", "회의에는 대사관 측에서", with offices no title list holds: precision 84.2% → 84.3%,
  // recall 76.3% → 76.5% (7 more found in 4 records of 4 publishers, none lost): the floors stay.
  // Stop 25, meeting dates (mdate25b): what is not a dateline ("Suva, Fiji, 15 September 2023 -" under a headline is one;
  // "President Ali, yesterday met" and "Hôm nay, ngày 26 tháng 9 năm 2024" are not): meetingDate 94.6% → 94.8%
  // (1,354 → 1,357 of 1,431; en1926, en2767, vi2709), nothing else changed; its floor stays 0.94.
  // Stop 26, new-title16 (30 records from 30 sites in 13 languages, 15 of them whole saved pages, 16 without a
  // meeting; labelled before parsing and scored once before any rule: title 85.7%, publisher 70.0%, publishedAt
  // 90.0%, meetingDate 96.7%, place 70.0%, participants 60.7% / 65.4%, no invented date) took the split's
  // publisher to 77.9% (1,138/1,461) and participants precision to 83.8% (2,653/3,164), under their floors: they
  // are 0.77 and 0.83 for that batch (before it: 78.1% and 84.3%), for no rule of this stop (none touches either).
  // Its rules (a page's <h1> its sharing title states word for word, dash and all; a breadcrumb trail and what
  // stands above it are navigation, the headline a trail ends with is the headline; Turkish, Thai, German and
  // Japanese buildings named as the venue) took title from 90.3% to 91.0% (815 → 822 of 903) and place from
  // 73.4% to 74.5% (1,072 → 1,089 of 1,461); meetingDate 94.9% → 94.8%: ko2711's day was read only while its
  // headline stood as the lead, an embargo notice now leads and reads as talks ahead.
  // Stop 26 (kovi15): new-kovi15 (34 Korean and Vietnamese records from 33 sites, 7 without a meeting, labelled before
  // parsing and scored once before any rule: title 73.9%, publisher 85.3%, publishedAt 91.2%, meetingDate 73.5%, place
  // 64.7%, participants 75.5% / 61.7%, no invented date), then its rules (Korean signing ceremonies, '회견' and '논의했다'
  // dating the meeting; the town a Korean release's guests went to; a Vietnamese host's province; a one-word Korean
  // "name" that is a city; a Korean CMS date line signed with the outlet; 'Đoàn' as a family name): 1,465 records,
  // title 90.1% (809/898), publisher 78.4%, publishedAt 96.8%, meetingDate 94.6% (1,386), place 73.9% (1,083), language
  // 98.4%, participants precision 84.1%, recall 76.4%; fourteen invented dates (none new). The floors stay.
  // Stop 26, dates (dates16): a page stamped in UTC ("2022-04-22T05:46:58+00:00") whose own time prints or marks the
  // neighbouring day takes the printed day (dates/utc-day.ts): publishedAt 96.9% → 97.1% on the 1,431 (es2848, en681,
  // it2750), nothing else changed. The fresh batch new-dates16 (34 records, 26 sites, 15 languages, local governments'
  // receptions and pages with no meeting, labelled before parsing and scored once before any rule: publishedAt 85.3%,
  // meetingDate 85.3%, publisher 70.6%, place 44.1%, participants 68.8% / 23.2%, one invented publication date,
  // id3039's 'Rabu [26/11/2025]' line, on the odd half kept aside) brings the 1,465: publisher 77.9%, place 72.8%,
  // recall 75.0%, fifteen invented: their floors fall to 0.77, 0.72, 0.75 and 15 with that harder set only.
  // Stop 26, participants (people16): new-people16 joined the tuning split (38 records, 38 sites, 14 languages; it
  // took participants from 84.3% / 76.5% to 83.6% / 76.0% and added one invented date, a crawl-day widget in its odd
  // half). Its rules (capitalised offices and genitive sides in Russian and Ukrainian, French and Arabic
  // announcements, envoys one to a line, Guinea Bissau, Thai Latin glosses) took the split to precision 84.3%
  // (2,708/3,213), recall 77.2% (2,709/3,507), 14 invented dates: recall's floor is 0.77. The batch itself took
  // publisher from 78.1% (1,117/1,431) to 77.9% (1,145/1,469: its own 28/38): publisher's floor is 0.77 for that.
  // Stop 26, participants recall (recall26): both sides of a Russian or Ukrainian meeting named in the genitive,
  // German town and consular heads, every state's English forms and adjectives, an Indonesian envoy's posting,
  // a plural office described at length: recall 76.5% → 78.0% (2,619 → 2,671 of 3,425), precision 84.3% →
  // 84.4%, country agrees 63.0% → 65.2%; recall's floor 0.76 → 0.77 (77.99%).
  // Stop 26 at the end, all its batches and rules merged (1,564 records; three pages two batches both saved kept
  // once): title 90.5%, publisher 78.9%, publishedAt 96.8%, meetingDate 94.9%, place 75.2%, language 98.1%,
  // participants 83.8% / 77.1%, fifteen invented dates (one more than before: fr2997's crawl-day widget, a fresh
  // batch's odd half, left as labelled); then "trực tiếp" (live, directly) no longer read as a reception: vi2726's
  // invented date gone, fourteen.
  // Stop 27, new-nordic27 (30 Swedish, Danish, Norwegian and Finnish records, 71 participants expected, labelled
  // before any rule) took recall to 75.8% and added an invented date (sv3221's "Senast uppdaterad" stamp, labelled
  // no publication date); the Nordic rules (languages told apart, titles, meeting words, "i dag", "13. juni", "i
  // Stockholm") then took language 96.9% → 98.5%, place 74.5% → 75.1%, meetingDate 94.6% → 94.9%, recall 75.8% →
  // 76.6%: recall's floor is 0.76 and invented 15 for that batch (nothing older lost a participant or a date).
  // Stop 28, new-latin28 (30 Italian, Dutch, Catalan and Romanian records, 69 participants expected, labelled before
  // any rule) took place to 74.7% (its own 13/30) and added two invented publication dates (it3300's stray '18 ottobre
  // 2021' over a December story, it3312's site clock 'Venerdì, 19 aprile 2024', both labelled no date); the Dutch,
  // Catalan and Italian rules then took language 98.3% → 98.5%, meetingDate 94.5% → 94.7%, place 74.7% → 74.9%,
  // recall 76.0% → 76.3%: place's floor is 0.74 and invented 17 for that batch (nothing older lost a participant or a date).
  // Stop 28, new-asia28 (28 Hindi, Malay, Tagalog and Thai records, 69 participants expected, labelled before any
  // rule) added two invented dates (both in its odd half, left as labelled); the asia28 rules (Malay told from
  // Indonesian, Hindi places and titles, Malay and Tagalog titles, Thai offices, their days) took language 98.1% →
  // 98.7%, place 74.7% → 75.2%, meetingDate 94.6% → 94.8%, recall 76.1% → 77.0%, and one of the two invented dates
  // away: invented is 16 for that batch (nothing older lost a participant, a place or a date). A sign-off closing
  // the text ("– BERNAMA", "(Infinite Radio Calbayog)", "(Colombo Gazette)") took publisher 78.7% → 79.1%: its floor 0.79.
  // Stop 28, new-slavic28 (30 Polish, Czech, Slovak, Croatian and Serbian records from 29 sites, 67 participants
  // expected, labelled before any rule; before them: title 82.4%, publisher 76.7%, publishedAt 90.0%, meetingDate
  // 83.3%, place 46.7%, language 0%, participants 100% / 1.5%). The Slavic rules (languages told apart by their
  // letters, Bulgarian from Russian; genitive months; 'wczoraj', 'dnes', 'we wtorek'; meeting, future and denial
  // words; nominative titles; names in the instrumental; places in the locative) took language 96.7% → 98.9%
  // (bg2583, bg3035, cs669, pl664, pl2326, pl2757, pl3086 among the older), place 74.8% → 75.2%, meetingDate 94.6% →
  // 94.8%, recall 75.4% → 76.1%, precision 83.4% → 83.1% (the batch's own false readings); invented stays 15, and no
  // floor moves (each figure rounds down to its floor).
  // Stop 29, new-en29 (31 English records from 30 publishers not in the corpus: foreign ministries, presidencies
  // and news sites of Africa, the Caribbean, the Pacific, Central Asia, the Gulf, the Balkans and the Baltics, 5 with
  // no meeting, 70 participants expected; labelled before any rule and scored once: title 89.5%, publisher 80.6%,
  // publishedAt 90.3%, meetingDate 87.1%, place 58.1%, participants 73.6% / 75.7%, one invented date) took precision
  // to 83.82% and added one invented date (en3586's media advisory, whose 'Date: Tuesday, 09 April 2024' is the
  // ceremony's, read as the page's; labelled no date, left as labelled). The en29 rules (an office that names its
  // state gives the person that country; a capital city before the dash is the dateline, not the outlet; 'Media' and
  // 'Handel' alone are no one) took publisher 79.1% → 79.6% and precision 83.82% → 83.96%: precision's floor is 0.83
  // and invented 19 for that batch (without it precision is 84.1%; nothing older lost a participant, a date or a field).
  // Stop 29, new-uk29 (30 Ukrainian, Japanese and Chinese records from 30 sites, 74 participants expected, labelled
  // before any rule; before them: title 94.1%, publisher 76.7%, publishedAt 80.0%, meetingDate 90.0%, place 46.7%,
  // language 100%, participants 61.4% / 36.5%, one invented date: uk3627's site clock 'Середа, 24 Квітня, 2024', in
  // its odd half, left as labelled) took recall 76.1% → 75.4% and publishedAt 96.3% → 95.97% (its six publication
  // dates no rule reads: a city's update line beside a page's own date, a site's clock): their floors are 0.75 and
  // 0.95, and invented 19, for that batch.
  // Its rules (Ukrainian credit lines 'пише ПІК', places in the locative and envoys' posts, names after 'з', look-alike
  // 'i'; Japanese agency credit lines; Chinese mirrors' pinyin glosses read past) took publisher 79.1% → 79.9%, place
  // 74.4% → 74.8%, language 99.1% → 99.2%, precision 83.8% → 84.0%, recall 75.4% → 75.8% (nothing older lost a field).
  // Stop 29, new-mix29 (31 German, Spanish, French, Portuguese, Russian, Arabic, Indonesian, Turkish, Persian, Italian
  // and Polish records from 30 sites, 86 participants expected, labelled before any rule; a 32nd, a copy of de703's
  // dpa text, was taken out; before any rule: title 68.8%, publisher 71.0%, publishedAt 93.5%, meetingDate 87.1%,
  // place 54.8%, participants 61.3% / 44.2%, one invented date: de3688's activists' counter-summit '11. und 12. Mai'
  // in a record with no meeting, even half, left as labelled) took the split (1,715 records) to publisher 78.95%
  // (1,354), precision 83.7% (3,078/3,678), recall 75.5% (3,079/4,079), 19 invented: publisher's floor is 0.78,
  // precision's 0.83, recall's 0.75 and invented 19 for that batch only. Its rule (a line of a few letters chosen
  // above the date, a section name or a language switch the lead does not tell, gives way to the heading line that
  // tells it: de2790, ja2103, vi1723, vi2021) took title 90.5% → 90.9% (951 → 955 of 1,051) and place 74.5% → 74.6%;
  // nothing else changed.
  // Stop 29, new-kovi29c (14 Korean and Vietnamese records from 13 sites, 26 participants expected, labelled before
  // the parser ran; before any rule: title 71.4%, publishedAt 100%, meetingDate 85.7%, place 78.6%, participants
  // 88.9% / 92.3%) added one invented date: vi3771's 'Chiều 7/11' given the year of 'bổ nhiệm năm 2020' (the
  // ambassadors' appointment year, not a stated publication date), odd half, left as labelled: invented 22 for that
  // batch only. No rule was written from it.
  // Stop 29, new-fa29 (20 Persian and Dari records from 19 sites not in the corpus, 5 with no meeting, 33 participants
  // expected, labelled before any rule; before any rule: title 92.3%, publisher 40.0%, publishedAt 85.0%, meetingDate
  // 95.0%, place 65.0%, language 85.0%, participants 0/33, no invented date). Its rules, written from the even half
  // (Solar Hijri dates in Persian digits, Persian meeting, future and past words, names before their offices, places
  // after 'در', Persian told from Arabic and Urdu, the credit line 'به گزارش …،') took the split (1,834 records) to
  // publisher 79.8% → 80.5%, publishedAt 95.7% → 96.0%, meetingDate 94.2% → 94.3%, place 74.1% → 74.4%, language
  // 99.1% → 99.2%, recall 74.9% → 75.4% (precision 83.5% =); older records fixed: ar2555, fa1918, fa3661, fa3672,
  // fa3683; none lost a field. No floor moves (none crosses the next hundredth).
  // Stop 30, title31 (no batch; rules from classes counted over the whole split): a dateline naming the city and
  // the outlet either side of a comma (11 records, 10 publishers), an agency's dateline with its tag in mixed case or
  // a country tag in brackets (9 records, 9 publishers), the site's web address alone at the head of the page (6
  // records, 6 publishers), a date stamp run onto a headline's end (3 records, 3 publishers) took the split (1,848
  // records) to title 90.6% → 90.9% (1,025 → 1,028), publisher 80.7% → 82.1% (1,491 → 1,517), publishedAt 96.0%
  // (1,774 → 1,775), meetingDate 1,742 → 1,743, place 1,375 → 1,376 (2 fixed, id704's preview given its dateline's
  // city). Publisher's floor rises to 0.82 and publishedAt's to 0.96.
  // Stop 30, participants recall (recall31), from the whole split by classes across publishers: photo captions set
  // aside from the text read for who met; Korean sentences that are themselves lists of those present or of a
  // delegation; the holder named after an office and its remit, set off by a comma: recall 75.6% → 76.3% (3,306 →
  // 3,335 of 4,371; 29 found in 21 records of 21 publishers), precision 83.6% → 83.7% (+1 false): recall's floor is 0.76.
  // Stop 30, participant precision (mention31), from the whole tuning split: no participant with neither a name nor
  // an office (3 false, 3 publishers); an office holder named with "then" (then President, o então, daværende,
  // ówczesny, 时任: 5 false in 5 records of 5 publishers); a person named after a future in Italian, Dutch, the Nordic
  // languages, Tagalog (9 false, 5 records, 5 publishers); a title read alone for someone the record names, given the
  // name beside it or dropped as the same-country participant again (6 false, 3 more found, 6 publishers). Precision
  // 83.6% → 84.1% (3,305/3,954 → 3,305/3,931), recall 75.6% → 75.7%; two found lost through the people directory
  // (en317, de3671 had learnt the name from a false reading elsewhere): precision's floor is 0.84.
  // Stop 30, date31 (no batch; rules from classes across the whole tuning split): a caption that tells the meeting dates
  // it where the lead dates none, an undated page's yearless day takes the year stated with it or above it, and a
  // byline with a date and a clock under the lead's first paragraph dates the page. publishedAt 96.0% → 96.3%
  // (1,780/1,848), meetingDate 94.3% → 94.8% (1,751/1,848); no other field moved, no record lost a field.
  // Stop 31, date33 (no batch; from the whole tuning split): a site's today line that the lead's own "today, 13 July"
  // contradicts, an event programme's "Date: / Time: / Venue:", a date repeated down a list's column and a Korean
  // reporter's byline run into the text ("2007-11-08 정병철 기자") date neither the page nor a meeting (uk3627, en3586,
  // zh2571, ko2704: four invented dates fewer); Korean releases' "3. 27.(월)", "오늘(11. 24.)" and formal past
  // ("개최하였습니다"), Vietnamese "ngày 27 và 28-7" (ko2367, ko3544, vi1832). publishedAt 96.4% → 96.6% (1,785),
  // meetingDate 94.8% → 95.0% (1,756/1,848), invented 22 → 18; no other field moved, no record lost a field.
  // Stop 31, nomeet33 (participant precision, the meeting decision; classes over the whole split): a page's marked-up
  // photo captions kept out of the decision (6 pages of 6 publishers carry one with a meeting word; 8 false removed),
  // German "traf" and "telefon-" read only as words, not inside "traffic", "Strafe", "telefonia" (11 false, 5 records,
  // 5 publishers), a headline telling of a departure (5 false, 4 records, 4 publishers, ko2704's invented date gone),
  // a question headline naming no meeting (13 false, 5 records, 5 publishers): precision 84.2% → 85.0% (3,334/3,961 →
  // 3,333/3,923), recall 76.3% =, place 74.5% → 74.6%, invented 22 → 21; de1415 lost its one found (Putin) and its
  // meeting date, both read before only from "Strafen" in a video teaser's caption. With date33's rules (ko2704 counted by both): invented 18, meetingDate 94.97% (1,755; de1415's date lost), so its floor stays 0.94.
  // Stop 31, participants recall (recall33), from classes across the whole split: a foreign official named, then the
  // city or province, then the office (Korean order; 4 records, 4 publishers, 5 false gone); an office held over a
  // place or an envoy posted to one, then the name (English; 5 records, 5 publishers); an envoy named, then described
  // with a posting, "outgoing"/"non-resident" or a caption's "(left)" (3 records, 3 publishers); the Vietnamese title
  // scan past a bracketed aside, a body word opening the clause, a Korean given name's hyphen (4 records, 4
  // publishers); Korean offices written alone after a name (교육감, 청장, 참의원, 중의원; 4 records, 4 publishers, 1
  // false). Recall 76.3% → 77.0% (3,336 → 3,367 of 4,371), precision 84.2% → 84.4% (3,334/3,961 → 3,365/3,988); no
  // other field moved: recall's floor is 0.77.
  // Stop 31, title33 (no batch; rules from classes across the whole tuning split): a one-sentence first line kept
  // whole as the title, a masthead sharing one word with the lead by chance passed over, a teaser cut short or a
  // summary sentence above the headline passed over; publisher: an outlet's tag in brackets in lower case or as a
  // web address, a source line in more languages, an agency between slashes after the place alone. Title 90.9% →
  // 92.1% (1,028 → 1,042 of 1,131), publisher 82.1% → 82.6% (1,517 → 1,527 of 1,848); no field lost a record:
  // title's floor is 0.92.
  // Stop 31 round 2, meetdecide34: a meeting held told in a past form PAST lacks beside a future word (Italian
  // "è stato ricevuto … in vista della prossima visita", Spanish "tuvieron", Danish "har … diskuteret") and Chinese
  // "即将离任" (outgoing) read as no future: 5 records of 5 publishers now report their meeting; recall 77.0% → 77.2%
  // (3,366 → 3,374 of 4,371), precision 85.2% (3,364/3,950 → 3,372/3,959): precision's floor is 0.85.
  // Stop 31 round 2, recall34 (no batch): Chinese provincial, state and county heads and the chargé d'affaires
  // named after their office (省长/副省长/州长/县长/临时代办), and Chinese names written before their office where a
  // clause opens ('梁淑娟副主任会见…', a common surname, the name recurring). Recall 77.0% → 77.3% (3,366 → 3,378
  // of 4,371), precision 85.2% → 85.2% (3,364/3,950 → 3,376/3,963); no other field moved: precision's floor is 0.85.
  // Stop 32 (no tuning batch; eight rule-writers over the whole split, each change kept only when no field lost a
  // record, readings compared miss by miss): dates (a sentence opened by its date or an event's hours dates no page,
  // talks that ended keep their first day, an interview's or a quoted post's date is no meeting's: invented 18 → 15),
  // titles (a lone section word, a bracket tag the headline repeats, a courtesy title's stop, a cut teaser: 1,048 →
  // 1,059 of 1,131), the meeting decision (receptions, courtesy calls and phone calls in their languages' own words;
  // appeals and reactions that only look like one), participants found (Korean and Vietnamese lists under one office,
  // Slavic declined lists, verb-first attendance, Romance 'office, Name', Arabic name-then-office, Japanese readings,
  // Chinese dotted names) and kept out (meetings prepared, held long before or still to come; offices, countries and
  // places read as names; the people directory learning an office or a bare family name). Tuning: title 93.6%,
  // publisher 82.6%, publishedAt 96.7%, meetingDate 95.3%, place 74.9%, language 99.2%, participants 87.1% / 80.7%
  // (3,522/4,043, 3,526/4,371), invented 15: the floors rise to 0.93, 0.95, 0.86, 0.80 and 15.
  tuning: {
    title: 0.93,
    publisher: 0.82,
    publishedAt: 0.96,
    meetingDate: 0.95,
    place: 0.74,
    language: 0.99,
    precision: 0.86,
    recall: 0.8,
    invented: 15,
  },

  // Scored once, at the end of stop 21 (166 records: 68 from the start, 40 held-out records of
  // stop 18 and 58 of stop 19, each set gathered and labelled by someone who wrote no rule): title
  // 84.2%, publisher 79.5%, publishedAt 98.8%, meetingDate 84.9%, place 72.3%, language 99.4%,
  // participants precision 73.6%, recall 71.7%, four invented dates. Scored, never read.
  // Scored once at the end of stop 22: title 83.2% (one record fewer), publisher 79.5%, publishedAt
  // 98.8%, meetingDate 85.5%, place 72.9%, language 99.4%, participants precision 74.8%, recall 71.2%,
  // four invented dates.
  // Stop 23 added held-out set 3 (40 records from 40 publishers, gathered and labelled by someone who wrote
  // no rule and never ran the parser), scored once before this stop's rules (title 93.3%, meetingDate 75.0%,
  // participants 77.6% / 64.1%, two invented dates) and once at the end, unchanged. The whole blind split at
  // the end of stop 23 (206 records): title 84.8%, publisher 78.6%, publishedAt 98.1%, meetingDate 83.5%,
  // place 71.4%, language 99.0%, participants precision 75.5%, recall 70.5%, seven invented dates (on the
  // 166 of before: title 82.1%, meetingDate 85.5%, participants 75.1% / 72.2%, five invented: one more than
  // at the end of stop 22, on held-out set 2; not looked for, so as not to tune on the blind split).
  // Scored again after the last rule (a meeting told in the first 8 paragraphs): participants precision
  // 75.97% (354/466), recall 70.3%, the rest the same.
  // Stop 24 added held-out set 4 (40 records from 39 publishers, gathered and labelled by someone who wrote no
  // rule and never ran the parser), scored once as it came in (title 95.8%, publishedAt 92.5%, meetingDate 80.0%,
  // participants 67.2% / 59.4%, one invented date) and once at the end (the same but place 62.5% and participants
  // 67.7% / 60.9%). The whole blind split at the end of stop 24 (246 records, totals only): title 86.6%, publisher
  // 77.6%, publishedAt 97.2%, meetingDate 84.1%, place 69.5%, language 98.4%, participants precision 74.7%, recall
  // 69.7%, eight invented dates; on the 206 of before: title 84.8% (=), meetingDate 85.0% (+1.5), participants
  // 75.6% / 70.9%, seven invented (=). Eight of its pages had a byte-for-byte copy in the tuning split (stop 23's
  // and this stop's batches): the copies were taken out of the tuning split this stop.
  // Stop 25 added held-out set 5 (40 records from 40 publishers, gathered and labelled by someone who wrote no
  // rule and never ran the parser; 19 of its text excerpts carry no headline, so its title is scored on 21),
  // scored once as it came in (title 71.4%, publishedAt 90.0%, meetingDate 80.0%, place 67.5%, participants
  // 79.3% / 52.9%, three invented dates) and once at the end (the same but participants 79.7% / 54.0%). The
  // whole blind split at the end of stop 25 (286 records, totals only): title 84.7% (144/170), publisher 76.6%,
  // publishedAt 96.2%, meetingDate 83.6%, place 69.6%, language 98.6%, participants precision 75.4%, recall 67.8%,
  // eleven invented dates; on the 246 of before: title 86.6% (=), publishedAt 97.2% (=), meetingDate 84.1% (=),
  // place 69.9%, participants 74.9% / 69.9%, eight invented (=). The floors fell with the harder new set only.
  // Scored again after the stop's last rules: participants 75.5% / 68.2% (246 of before: 75.0% / 70.4%).
  // Stop 26 added held-out set 6 (40 records from 39 publishers, gathered and labelled by someone who wrote no
  // rule and never ran the parser; 17 excerpts carry no headline, so its title is scored on 23), scored once as it
  // came in, with the rules of the stop's start (title 87.0%, publishedAt 97.5%, meetingDate 80.0%, place 50.0%,
  // participants 58.1% / 68.6%, two invented dates). The floors fell with it: place, precision, invented.
  // Stop 27 added held-out set 7 (38 records from 38 publishers, gathered and labelled by someone who wrote no
  // rule and never ran the parser; two more pages, whose publishers the tuning split already had, went to the
  // tuning split; 16 excerpts carry no headline, so its title is scored on 22), scored with the rules of the
  // stop's start (title 77.3%, publishedAt 94.7%, meetingDate 92.1%, place 65.8%, participants 84.7% / 72.6%,
  // no invented date) and at the end (the same but language and participants 84.9% / 73.8%). The Nordic batch's rules (Swedish, Danish and
  // Norwegian words, titles, dates and places) raised the whole blind split's participants to 73.3% / 70.5%
  // (from 72.8% / 68.6%) and its language to 99.2%: their floors rise to 0.73 and 0.70.
  // Stop 28 added held-out set 8 (40 records from 40 publishers, gathered and labelled by someone who wrote no rule
  // and never ran the parser; 14 with no meeting, 8 whole saved pages, 11 Markdown pages of one aggregator whose
  // headline form two tuning records share; 9 excerpts carry no headline, so its title is scored on 31), scored with
  // the rules of the stop's start (title 41.9%, publishedAt 87.5%, meetingDate 97.5%, place 77.5%, participants
  // 66.7% / 81.8%, no invented date) and at the end (the same but place 80.0%). The whole blind split (404 records,
  // totals only), start → end: title 78.9% → 80.5%, publishedAt 95.3% (=), meetingDate 85.4% (=), place 68.6% → 68.8%,
  // language 99.3% → 99.5%, participants 72.5% / 71.4% → 72.8% / 71.5%, 13 invented (=); on the 364 of before: title
  // 84.2% → 86.0%, participants 73.7% / 70.5% → 74.0% / 70.7%. Title, publishedAt and precision fall with the
  // harder new set only; meetingDate, place and recall rise to what the whole split holds.
  // Stop 29 added held-out set 9 (40 records from 39 publishers, labelled by someone who wrote no rule and never
  // ran the parser; 15 in Korean or Vietnamese, 8 with no meeting), scored with the stop's start rules: title 77.8%
  // (21/27), publishedAt 90.0%, meetingDate 87.5%, place 67.5%, language 95.0%, participants 84.9% / 63.9%, no
  // invented date. The whole blind split at the start (444 records): publishedAt 94.8% and recall 70.8% fall below
  // their floors with that set only, which fall to 0.94 and 0.70. At the end of stop 29 (444 records, totals only),
  // start → end: title 80.2% → 80.6%, publisher 74.1% → 74.3%, publishedAt 94.8% (=), meetingDate 85.6% (=), place
  // 68.7% (=), language 99.1% (=), participants 73.7% / 70.8% → 74.0% / 71.4%, 13 invented (=); held-out set 9 alone:
  // place 67.5% → 70.0%, nothing else moved. Precision's floor rises to 0.73 and recall's to 0.71.
  // Stop 30 added held-out set 10 (40 records from 39 publishers, labelled by someone who wrote no rule and never
  // ran the parser; 15 in Korean or Vietnamese, 14 with no meeting, 8 whole saved pages), scored with the stop's
  // start rules: title 86.7% (26/30), publishedAt 82.5%, meetingDate 87.5%, place 62.5%, language 100%,
  // participants 68.9% / 51.2%, no invented date. The whole blind split at the start (484 records): publishedAt
  // 93.8% and recall 69.9% fall below their floors with that set only, which fall to 0.93 and 0.69.
  // At the end of stop 30 (484 records, totals only), start → end: title 81.2% → 81.8%, publisher 74.0% → 74.4%,
  // publishedAt 93.8% (=), meetingDate 85.7% → 86.0%, place 68.2% → 68.4%, language 99.2% (=), participants
  // 73.6% / 69.9% → 73.9% / 70.4%, 13 invented (=); held-out set 10 alone: title 26 → 27 of 30, place 62.5% → 65.0%,
  // publisher 70.0% → 67.5%, participants 68.9% / 51.2% → 69.8% / 53.7%. Recall's floor rises to 0.70.
  // Stop 31 added held-out set 11 (40 records from 40 publishers, labelled by someone who wrote no rule and never
  // ran the parser; 16 in Korean or Vietnamese, 10 with no meeting, 5 whole saved pages), scored with the stop's
  // start rules: title 79.3% (23/29), publishedAt 80.0%, meetingDate 90.0%, place 70.0%, language 100%,
  // participants 78.4% / 55.2%, two invented dates. The whole blind split at the start (524 records): publishedAt
  // 92.7%, recall 69.1% and 15 invented fall below their floors with that set only, which go to 0.92, 0.69 and 15.
  // At the end of stop 31 (524 records, totals only), start → end: title 81.6% → 82.2%, publisher 74.8% → 75.0%,
  // publishedAt 92.7% (=), meetingDate 86.3% → 86.5%, place 68.5% (=), language 99.2% (=), participants
  // 74.1% / 69.1% → 75.1% / 69.8%, invented 15 → 14; the 484 older records: title 248 → 249 of 303, meetingDate
  // 416 → 417, participants 73.9% / 70.4% → 74.9% / 71.0%, invented 13 → 12; held-out set 11 alone: title 23 → 24 of
  // 29, participants 78.4% / 55.2% → 79.7% / 56.2%. Title's floor rises to 0.82, meetingDate's to 0.86, precision's to 0.75; invented 14.
  // Stop 32 added held-out set 12 (40 records from 40 publishers, labelled by someone who wrote no rule and never
  // ran the parser; 16 in Korean or Vietnamese, 10 with no meeting, 5 whole saved pages), scored with the stop's
  // start rules: title 73.9% (17/23), publisher 85.0%, publishedAt 87.5%, meetingDate 80.0%, place 50.0%, language
  // 97.5%, participants 82.9% / 57.3%, three invented dates. The whole blind split at the start (564 records): title
  // 81.7%, meetingDate 86.0% (485/564), place 67.2%, recall 68.7% and 17 invented fall below their floors with that
  // set only, which go to 0.81, 0.85, 0.67, 0.68 and 17.
  // At the end of stop 32 (564 records, totals only), start → end: title 81.7% → 83.1% (290 → 295 of 355), publisher
  // 75.7% (=), publishedAt 92.4% (=), meetingDate 86.0% → 86.2%, place 67.2% (=), language 99.1% (=), participants
  // 75.6% / 68.7% → 76.1% / 68.8%, invented 17 (=); the 524 older records: title 273 → 278 of 332, meetingDate 453 →
  // 454, participants 75.1% / 69.8% → 75.5% / 69.9%, invented 14 (=); held-out set 12 alone: participants 82.9% / 57.3%
  // → 85.1% / 57.3% (two false fewer), nothing else moved. Title's floor rises to 0.82, meetingDate's to 0.86.
  blind: {
    title: 0.82,
    publishedAt: 0.92,
    meetingDate: 0.86,
    place: 0.67,
    language: 0.99,
    precision: 0.75,
    recall: 0.68,
    invented: 17,
  },
};
