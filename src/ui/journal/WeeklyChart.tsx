// Gave vs received per week: an SVG of grouped bars themed by CSS variables
// (light and dark), summarised in its aria-label, then the running balance
// (gave minus received over the whole journal, week by week: "am I giving
// before I take?") as a line, with all the numbers in a real table that is
// always shown below the charts.
import type { WeekBalance } from '../../journal/types';
import { formatWeek } from './format';

const W = 640;
const H = 220;
const M = { top: 12, right: 8, bottom: 30, left: 36 };

/** 4, 5, 10, 20, 50, 100… at least `max`. */
export function niceMax(max: number): number {
  if (max <= 4) return 4;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function chartSummary(weeks: WeekBalance[]): string {
  const n = weeks.length;
  const first = weeks[0];
  const last = weeks[n - 1];
  const head = `Help you gave and received per week, last ${n} weeks${first && last ? ` (weeks of ${formatWeek(first.week)} to ${formatWeek(last.week)})` : ''}`;
  const gave = weeks.reduce((s, w) => s + w.gave, 0);
  const received = weeks.reduce((s, w) => s + w.received, 0);
  if (gave + received === 0) return `${head}: nothing logged in these weeks.`;
  let busiest = weeks[0] as WeekBalance;
  for (const w of weeks) if (w.gave + w.received > busiest.gave + busiest.received) busiest = w;
  return `${head}: you gave ${gave} and received ${received} in total. Busiest week: ${formatWeek(busiest.week)}, gave ${busiest.gave}, received ${busiest.received}.`;
}

/** The running balance in words, for the line's aria-label. */
export function runningSummary(weeks: WeekBalance[]): string {
  const first = weeks[0], last = weeks[weeks.length - 1];
  if (!first || !last) return 'Running balance: nothing logged yet.';
  const word = (n: number) => (n > 0 ? `${n} more given than received` : n < 0 ? `${-n} more received than given` : 'even');
  const start = first.running - (first.gave - first.received);
  return `Running balance of help given minus received: ${word(start)} before the week of ${formatWeek(first.week)}, ${word(last.running)} by the week of ${formatWeek(last.week)}.`;
}

function RunningLine({ weeks }: { weeks: WeekBalance[] }) {
  const h = 120;
  const m = { top: 10, bottom: 10 };
  const values = weeks.map((w) => w.running);
  const lo = Math.min(0, ...values), hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const plotW = W - M.left - M.right;
  const step = plotW / Math.max(1, weeks.length);
  const x = (i: number) => M.left + i * step + step / 2;
  const y = (v: number) => m.top + (h - m.top - m.bottom) * (1 - (v - lo) / span);
  const points = weeks.map((w, i) => `${x(i).toFixed(1)},${y(w.running).toFixed(1)}`).join(' ');
  return (
    <svg class="running-chart" viewBox={`0 0 ${W} ${h}`} role="img" aria-label={runningSummary(weeks)} preserveAspectRatio="xMidYMid meet">
      <line class="zero" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
      <text x={M.left - 6} y={y(0)} dy="0.32em" text-anchor="end">0</text>
      {hi > 0 && <text x={M.left - 6} y={y(hi)} dy="0.32em" text-anchor="end">{`+${hi}`}</text>}
      {lo < 0 && <text x={M.left - 6} y={y(lo)} dy="0.32em" text-anchor="end">{lo}</text>}
      <polyline class="running" points={points} />
      {weeks.map((w, i) => (
        <circle key={w.week} class="running-dot" cx={x(i)} cy={y(w.running)} r="3">
          <title>{`Week of ${formatWeek(w.week)}: running balance ${w.running > 0 ? '+' : ''}${w.running}`}</title>
        </circle>
      ))}
    </svg>
  );
}

export function WeeklyChart({ weeks }: { weeks: WeekBalance[] }) {
  const top = niceMax(Math.max(0, ...weeks.map((w) => Math.max(w.gave, w.received))));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const group = plotW / Math.max(1, weeks.length);
  const bar = Math.min(18, (group - 10) / 2);
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const ticks = [0, top / 2, top];

  return (
    <section aria-labelledby="chart-heading" class="card chart-section">
      <h2 id="chart-heading">Last 12 weeks</h2>
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch gave" /> Gave
        </li>
        <li>
          <span class="swatch received" /> Received
        </li>
      </ul>
      <svg class="weekly-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={chartSummary(weeks)} preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id="received-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="6" height="6" />
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t} class="tick">
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x0 = M.left + i * group + (group - 2 * bar - 2) / 2;
          return (
            <g key={w.week} class="week" data-week={w.week}>
              {w.gave > 0 && (
                <rect class="bar gave" x={x0} y={y(w.gave)} width={bar} height={y(0) - y(w.gave)} rx="2">
                  <title>{`Week of ${formatWeek(w.week)}: gave ${w.gave}`}</title>
                </rect>
              )}
              {w.received > 0 && (
                <rect class="bar received" x={x0 + bar + 2} y={y(w.received)} width={bar} height={y(0) - y(w.received)} rx="2">
                  <title>{`Week of ${formatWeek(w.week)}: received ${w.received}`}</title>
                </rect>
              )}
              <text class="week-label" x={M.left + i * group + group / 2} y={H - M.bottom + 16} text-anchor="middle">
                {formatWeek(w.week)}
              </text>
            </g>
          );
        })}
      </svg>
      <h3 id="running-heading" class="running-heading">Running balance</h3>
      <p class="hint" id="running-hint">Help you gave minus help you received, over your whole journal, at the end of each week. Above zero: you give before you take.</p>
      <RunningLine weeks={weeks} />
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="chart-table-caption">
        <table class="weekly-table">
          <caption id="chart-table-caption">Gave and received per week, and the running balance (weeks start on Monday)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {weeks.map((w) => (
                <th key={w.week} scope="col">
                  <time dateTime={w.week}>{formatWeek(w.week)}</time>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Gave</th>
              {weeks.map((w) => (
                <td key={w.week}>{w.gave}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Received</th>
              {weeks.map((w) => (
                <td key={w.week}>{w.received}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Running balance</th>
              {weeks.map((w) => (
                <td key={w.week}>{w.running > 0 ? `+${w.running}` : w.running}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
