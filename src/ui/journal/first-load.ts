// The journal page's first two requests, sent before the app's code has
// loaded (extension/journal/main.tsx imports only this and the client), and
// handed over together so the first painted frame has the count, the rows,
// the chart and the balance at once rather than the list in one frame and
// the summary in the next. JournalApp's defaults come from here too.
import type { JournalApi } from '../../journal/api';
import type { Overview } from '../../journal/types';

/** Weeks in the chart. */
export const CHART_WEEKS = 12;
/** Entries per page. */
export const PAGE_SIZE = 50;
/** Merge suggestions and people owed shown on the page. */
export const LIST_LIMIT = 5;

export interface FirstLoad {
  overview: Promise<Overview>;
  firstPage: ReturnType<JournalApi['listEntries']>;
}

/** Sends both requests now; each returned promise settles only once both answers are in (a failure stays its own). */
export function firstLoad(api: Pick<JournalApi, 'overview' | 'listEntries'>, now: Date): FirstLoad {
  const overview = api.overview({ now: now.toISOString(), weeks: CHART_WEEKS, limit: LIST_LIMIT });
  const firstPage = api.listEntries({ offset: 0, limit: PAGE_SIZE });
  const both = Promise.allSettled([overview, firstPage]);
  const load = { overview: both.then(() => overview), firstPage: both.then(() => firstPage) };
  load.overview.catch(() => undefined); // the page reports failures itself, when it reads them
  load.firstPage.catch(() => undefined);
  return load;
}
