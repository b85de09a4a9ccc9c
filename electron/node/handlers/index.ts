import type { HandlerMap } from '../rpc/dispatch.ts';
import { appHandlers } from './app.ts';
import { bookHandlers } from './books.ts';
import { deskHandlers } from './desk.ts';
import { ledgerHandlers } from './ledger.ts';
import { libraryHandlers } from './library.ts';
import { pdfHandlers } from './pdf.ts';
import { peopleHandlers } from './people.ts';
import { searchHandlers } from './search.ts';
import { settingsHandlers } from './settings.ts';
import { topicHandlers } from './topics.ts';

/** The one place every handler is registered; the type makes a missing method a compile error. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...libraryHandlers,
  ...bookHandlers,
  ...pdfHandlers,
  ...searchHandlers,
  ...topicHandlers,
  ...ledgerHandlers,
  ...settingsHandlers,
  ...peopleHandlers,
  ...deskHandlers,
};
