// The coach's UI inside its shadow root: a small pill with the score that
// expands into findings and nudges. Text from the page only ever reaches the
// DOM through Preact (text nodes), never as HTML.
import { useRef } from 'preact/hooks';
import type { DraftScore } from '../engine/types';
import { trusted } from './trusted';

export type CoachState = DraftScore['status'] | 'paused';

export interface CoachViewProps {
  result: DraftScore | null;
  state: CoachState;
  expanded: boolean;
  onToggle(): void;
  onPause(): void;
  /** How many rules are ignored in this box. */
  ignored?: number;
  onIgnoreRule?(ruleId: string): void;
  onResetIgnored?(): void;
  onOpenRule?(ruleId: string): void;
}

const BAND_LABEL = { human: 'human', mixed: 'mixed', broadcast: 'broadcast' } as const;

function pillText(p: CoachViewProps): { short: string; long: string } {
  if (p.state === 'paused') return { short: 'paused', long: 'Communis coach paused for this box' };
  if (p.state === 'too-short' || !p.result) return { short: '…', long: 'Communis coach: keep typing' };
  if (p.state === 'unsupported-language') return { short: 'EN only', long: 'Communis coach: only English drafts are coached for now' };
  const band = p.result.band ? BAND_LABEL[p.result.band] : '';
  return { short: `${p.result.score ?? ''} · ${band}`, long: `Communis coach: score ${p.result.score ?? ''} of 100, ${band}` };
}

export function CoachView(p: CoachViewProps) {
  const pill = useRef<HTMLButtonElement>(null);
  const { short, long } = pillText(p);
  const r = p.result;
  // Escape closes the panel and gives focus back to the pill. Every handler
  // here is trusted(): a page script's clicks and keys do nothing (trusted.ts).
  const onKeyDown = trusted((e: KeyboardEvent) => {
    if (e.key === 'Escape' && p.expanded) {
      // preventDefault too: in a native modal <dialog> (LinkedIn's /sharing/compose)
      // Escape would otherwise also close the site's dialog.
      e.preventDefault();
      e.stopPropagation();
      p.onToggle();
      pill.current?.focus();
    }
  });
  return (
    <div class="coach" data-band={r?.band ?? ''} onKeyDown={onKeyDown}>
      <button
        ref={pill}
        type="button"
        class="pill"
        aria-expanded={p.expanded}
        aria-controls="communis-panel"
        aria-label={`${long}. ${p.expanded ? 'Hide' : 'Show'} details`}
        title={long}
        onClick={trusted(() => p.onToggle())}
      >
        <span class="dot" aria-hidden="true" />
        <span class="brand" aria-hidden="true">Communis</span>
        <span aria-hidden="true">{short}</span>
      </button>
      {p.expanded && (
        <section id="communis-panel" class="panel" role="region" aria-label="Communis coaching">
          {p.state === 'paused' ? (
            <p>Coaching is paused for this box.</p>
          ) : !r || r.status !== 'scored' ? (
            <p>{p.state === 'unsupported-language' ? 'Communis only coaches English drafts for now.' : 'Keep typing: Communis scores drafts of two words or more.'}</p>
          ) : (
            <>
              <div class="axes">
                <Meter label="Promotion" value={r.axes.promotion} lowIsGood />
                <Meter label="Value" value={r.axes.value} />
                <Meter label="Reciprocity" value={r.axes.reciprocity} />
              </div>
              {r.nudges.length > 0 && (
                <>
                  <h2>Try this</h2>
                  <ol class="nudges">
                    {r.nudges.map((n) => (
                      <li key={n.ruleId + n.message}>{n.message}</li>
                    ))}
                  </ol>
                </>
              )}
              {r.praise.length > 0 && (
                <>
                  <h2>What is working</h2>
                  <ul class="praise">
                    {r.praise.map((n) => (
                      <li key={n.ruleId}>{n.message}</li>
                    ))}
                  </ul>
                </>
              )}
              <h2>What moved the score</h2>
              {r.findings.length === 0 ? (
                <p>Nothing stood out: plain, human talk.</p>
              ) : (
                <ul class="findings">
                  {r.findings.map((f, i) => (
                    <li key={i} class={f.weight < 0 ? 'cost' : 'gain'}>
                      <span class="weight">{f.weight > 0 ? `+${f.weight}` : String(f.weight)}</span>{' '}
                      <q>{f.actual.length > 60 ? `${f.actual.slice(0, 57)}…` : f.actual}</q> <span class="msg">{f.message}</span>
                      {p.onIgnoreRule && (
                        <span class="actions">
                          <button type="button" class="link" aria-label={`Ignore ${f.ruleId} here`} onClick={trusted(() => p.onIgnoreRule?.(f.ruleId))}>
                            Ignore here
                          </button>
                          <button type="button" class="link" aria-label={`Switch ${f.ruleId} off in Settings`} onClick={trusted(() => p.onOpenRule?.(f.ruleId))}>
                            Switch this rule off
                          </button>
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {(p.ignored ?? 0) > 0 && (
            <button type="button" class="link" onClick={trusted(() => p.onResetIgnored?.())}>
              {`Stop ignoring ${p.ignored} rule${p.ignored === 1 ? '' : 's'} here`}
            </button>
          )}{' '}
          <button type="button" class="link" onClick={trusted(() => p.onPause())}>
            {p.state === 'paused' ? 'Resume coaching here' : 'Pause coaching here'}
          </button>
        </section>
      )}
    </div>
  );
}

/** A 0..100 meter; for promotion a high value is the bad end, so the browser colours it as a warning. */
function Meter({ label, value, lowIsGood = false }: { label: string; value: number; lowIsGood?: boolean }) {
  return (
    <label class="meter">
      <span>{label}</span>
      <meter min={0} max={100} low={34} high={66} optimum={lowIsGood ? 0 : 100} value={value} aria-label={`${label} ${value} of 100`} />
    </label>
  );
}

/** Styles of the coach, scoped by its shadow root. Light and dark, reduced motion, visible focus. */
export const COACH_CSS = `
:host { all: initial; display: block; position: relative; z-index: 1; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.coach { --bg: #ffffff; --fg: #1f2937; --muted: #4b5563; --line: #d1d5db; --cost: #b45309; --gain: #0f766e; --focus: #2563eb; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .coach { --bg: #111827; --fg: #f3f4f6; --muted: #d1d5db; --line: #374151; --cost: #fbbf24; --gain: #5eead4; --focus: #93c5fd; }
}
.pill { display: inline-flex; align-items: center; gap: 6px; margin: 4px 0; padding: 2px 10px; border: 1px solid var(--line); border-radius: 999px; background: var(--bg); color: var(--fg); font: inherit; cursor: pointer; }
.brand { font-weight: 600; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--muted); }
.coach[data-band="human"] .dot { background: var(--gain); }
.coach[data-band="mixed"] .dot { background: #ca8a04; }
.coach[data-band="broadcast"] .dot { background: var(--cost); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.panel { margin: 4px 0 8px; padding: 8px 12px; max-width: 520px; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); transition: opacity .15s; }
@media (prefers-reduced-motion: reduce) { .panel { transition: none; } }
h2 { font-size: 12px; margin: 8px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
ol, ul { margin: 0; padding-left: 18px; }
.findings .weight { font-variant-numeric: tabular-nums; font-weight: 600; }
.findings .cost .weight { color: var(--cost); }
.findings .gain .weight { color: var(--gain); }
.msg { color: var(--muted); }
.axes { display: flex; gap: 12px; flex-wrap: wrap; }
.meter { display: inline-flex; gap: 4px; align-items: center; color: var(--muted); }
.actions { display: inline-flex; gap: 8px; margin-left: 6px; font-size: 12px; }
.actions .link { margin-top: 0; }
.link { margin-top: 8px; background: none; border: none; padding: 0; color: var(--focus); text-decoration: underline; font: inherit; cursor: pointer; }
.layer { position: fixed; inset: 0; pointer-events: none; }
.mark { position: fixed; pointer-events: none; border-bottom: 2px solid; }
.mark.cost { background: rgb(234 88 12 / .18); border-color: var(--cost); }
.mark.gain { background: rgb(13 148 136 / .14); border-color: var(--gain); }
`;
