import type { HandlerMap } from '../rpc/dispatch.ts';
import { appHandlers } from './app.ts';
import { bookHandlers } from './books.ts';
import { libraryHandlers } from './library.ts';
import { pdfHandlers } from './pdf.ts';

/** The one place every handler is registered; the type makes a missing method a compile error. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...libraryHandlers,
  ...bookHandlers,
  ...pdfHandlers,
};
