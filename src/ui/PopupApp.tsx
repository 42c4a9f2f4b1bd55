// Toolbar popup: coaching switch for the current site and the current
// draft's score and nudges.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DraftSummary } from '../coach/coach';
import type { JournalApi } from '../journal/api';
import { journalClient } from '../journal/client';
import { QuickAdd } from './journal/QuickAdd';
import { PopupJournal } from './PopupJournal';
import type { ContentResponse, LayoutReportResponse } from '../messages';
import type { SiteId } from '../settings/schema';
import { adapterForHost } from '../sites/index';
import { loadSettings } from '../settings/store';
import { SiteSwitch } from './SiteSwitches';
import { useSettings } from './useSettings';

export interface TabInfo {
  site: SiteId | null;
  draft: DraftSummary | null;
  /** Boxes coached on the tab, and how the focused box is covered (null: not at all). */
  coached?: number;
  focused?: boolean;
  coverage?: 'adapter' | 'fallback' | null;
  /** Asks the tab for a layout report of the focused box (structure only). */
  layoutReport?: () => Promise<string | null>;
}

async function currentTab(): Promise<TabInfo> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !tab.url) return { site: null, draft: null };
  let host = '';
  try {
    host = new URL(tab.url).hostname;
  } catch {
    return { site: null, draft: null };
  }
  // Mastodon servers are the ones the user added (the tab's URL is readable there once access was granted).
  const site = adapterForHost(host, (await loadSettings()).mastodonServers)?.id ?? null;
  if (!site) return { site, draft: null };
  try {
    const tabId = tab.id;
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'communis:current-draft' })) as ContentResponse | undefined;
    return {
      site,
      draft: reply?.draft ?? null,
      coached: reply?.coached ?? 0,
      focused: reply?.focused ?? false,
      coverage: reply?.coverage ?? null,
      layoutReport: async () =>
        ((await browser.tabs.sendMessage(tabId, { type: 'communis:layout-report' })) as LayoutReportResponse | undefined)?.report ?? null,
    };
  } catch {
    // No content script (tab opened before install, or coaching never started): no draft to show.
    return { site, draft: null };
  }
}

export function PopupApp({ loadTab = currentTab, api = journalClient }: { loadTab?: () => Promise<TabInfo>; api?: JournalApi }) {
  const [settings, save] = useSettings();
  const [tab, setTab] = useState<TabInfo | null>(null);
  // Bumped after a quick add so the journal summary reloads.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void loadTab().then(setTab);
  }, []);
  return (
    <main class="popup">
      <h1>Communis</h1>
      {tab?.site && settings ? (
        <section aria-labelledby="site-heading">
          <h2 id="site-heading">This site</h2>
          <SiteSwitch site={tab.site} settings={settings} onChange={save} />
        </section>
      ) : (
        <p class="muted">Communis coaches your drafts on X, Facebook and LinkedIn.</p>
      )}
      {tab?.site && <DraftCard draft={tab.draft} />}
      {tab?.site && <LayoutCard tab={tab} />}
      {settings && (
        <PopupJournal
          api={api}
          version={version}
          onOpenJournal={() => void browser.tabs.create({ url: browser.runtime.getURL('/journal.html') })}
        />
      )}
      {tab && (
        <QuickAdd
          api={api}
          compact
          headingLevel={2}
          defaultSite={tab.site ?? 'x'}
          defaultKind={tab.draft?.kind === 'comment' ? 'comment' : 'reply'}
          defaultPerson={tab.draft?.replyTo ?? ''}
          onAdded={() => setVersion((v) => v + 1)}
        />
      )}
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </p>
    </main>
  );
}

function DraftCard({ draft }: { draft: DraftSummary | null }) {
  if (!draft) return <p class="muted">Click into a post, reply or comment box to see coaching here.</p>;
  return (
    <section aria-labelledby="draft-heading" class="draft">
      <h2 id="draft-heading">Current draft</h2>
      {draft.score === null ? (
        <p>{draft.state === 'paused' ? 'Coaching is paused for this box.' : draft.state === 'unsupported-language' ? 'Only English drafts are coached for now.' : 'Keep typing…'}</p>
      ) : (
        <p>
          Score <strong>{draft.score}</strong> of 100: {draft.band}
          {draft.replyTo ? `, replying to ${draft.replyTo}` : ''}
        </p>
      )}
      {draft.nudges.length > 0 && (
        <ol class="nudges" aria-label="Nudges">
          {draft.nudges.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
      )}
      {(draft.praise ?? []).length > 0 && (
        <ul class="praise" aria-label="What is working">
          {(draft.praise ?? []).map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * How many boxes are coached on this tab and, when the box you were in is
 * coached only by the generic fallback or not at all, a way to report the
 * site's new layout: structure only, copied to the clipboard.
 */
export function LayoutCard({ tab }: { tab: TabInfo }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const n = tab.coached ?? 0;
  const offer = tab.focused && tab.coverage !== 'adapter' && tab.layoutReport;
  const copy = async () => {
    try {
      const report = await tab.layoutReport?.();
      if (!report) throw new Error('no report');
      await navigator.clipboard.writeText(report);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby="layout-heading" class="layout">
      <h2 id="layout-heading">Boxes on this page</h2>
      <p>{n === 1 ? '1 box is coached on this tab.' : `${n} boxes are coached on this tab.`}</p>
      {offer && (
        <>
          <p class="muted">
            {tab.coverage === 'fallback'
              ? 'The box you were in is coached by the generic fallback: the site may have changed its layout.'
              : 'The box you were in is not coached.'}
          </p>
          <button type="button" onClick={() => void copy()}>
            Copy a layout report
          </button>
          <p role="status">
            {copied === 'copied' && 'Copied. It holds the page\'s structure only: no text, names or links.'}
            {copied === 'failed' && 'Could not copy the report.'}
          </p>
        </>
      )}
    </section>
  );
}
