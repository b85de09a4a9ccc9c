import type { Result } from '../../shared/errors.ts';
import type { Book, RecordDetail, RecordSummary } from '../../shared/types.ts';
import type { Dispatch } from '../rpc/dispatch.ts';

async function must<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

/** Builds the sample briefing book from the sample records, through the same API the app uses. */
export async function buildDemoBook(dispatch: Dispatch): Promise<Book> {
  const records = await must<RecordSummary[]>(dispatch('library.list', {}));
  const details = await Promise.all(records.map((r) => must<RecordDetail>(dispatch('library.get', { id: r.id }))));
  const korean = details.find((r) => r.paragraphs.some((p) => p.label === '3.1'));
  const vietnamese = details.find((r) => r !== korean);
  if (!korean) throw new Error('The sample records are missing from this library.');
  let book = await must<Book>(
    dispatch('books.create', { title: 'Visit of the Foreign Minister of Viet Nam', classification: 'RESTRICTED' }),
  );
  book = await must<Book>(
    dispatch('books.update', {
      id: book.id,
      patch: {
        meeting: 'Bilateral meeting with the Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam',
        meetingDate: '2020-10-05',
        place: 'Seoul',
        principal: 'Minister of Foreign Affairs',
        counterpart: 'Phạm Bình Minh, Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam',
        preparedBy: 'Viet Nam Desk, ASEAN Bureau',
      },
    }),
  );
  const add = async (section: string, record: RecordDetail | undefined, label: string, text?: string) => {
    const paragraph = record?.paragraphs.find((p) => p.label === label);
    if (!record || !paragraph) return;
    book = await must<Book>(
      dispatch('books.addPoint', {
        bookId: book.id,
        section,
        recordId: record.id,
        paragraphId: paragraph.id,
        ...(text ? { text } : {}),
      }),
    );
  };
  await add(
    'key-messages',
    korean,
    '3',
    'We agreed on the need for special entry procedures between our two countries; I hope we can conclude a working-level agreement soon.',
  );
  await add(
    'key-messages',
    korean,
    '5.2',
    'We should conclude the social security agreement and the climate change cooperation agreement as early as possible.',
  );
  await add('talking-points', korean, '3');
  await add('talking-points', korean, '4');
  await add(
    'talking-points',
    korean,
    '3.1',
    'We agreed to begin by resuming the Incheon–Hanoi and Incheon–Ho Chi Minh routes as early as possible.',
  );
  await add(
    'talking-points',
    korean,
    '5.3',
    'We will continue to step up development cooperation with Viet Nam, mainly in transport, public administration, education, water management and health.',
  );
  await add('if-raised', korean, '8.2');
  await add('if-raised', vietnamese, '6');
  await add('background', vietnamese, '2');
  await add('background', vietnamese, '7');
  await add('commitments', korean, '7.2');
  return book;
}
