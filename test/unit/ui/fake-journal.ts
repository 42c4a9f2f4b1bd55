// An in-memory JournalApi for UI tests: plain arrays, the same contract as
// the background's store (filters, newest first, balances, weeks, owed,
// losing touch, Reach out by rhythm, export/import/clear), faithful enough for the pages.
import { JournalImportError, type EntryWithPerson, type ImportReport, type JournalApi } from '../../../src/journal/api';
import { candidatesOf, reachOutAt, suggestRhythm } from '../../../src/journal/rhythm';
import type {
  Balance, Entry, EntryFilter, JournalExport, MergeSuggestion, NewEntry, Overview, Person, PersonBalance, ReachOut, Rhythm, RhythmSuggestion, WeekBalance,
} from '../../../src/journal/types';
import { addDays, localDayOf, localMondayOf } from '../../../src/journal/validate';
import type { SiteId } from '../../../src/settings/schema';

const DAY = 86_400_000;

export function personIdFor(site: SiteId, handle: string): string {
  return `${site}:${handle.trim().toLowerCase()}`;
}

/** The local calendar day of a timestamp, as the real store counts days. */
const dayOf = (iso: string) => localDayOf(iso);

export class FakeJournal implements JournalApi {
  peopleById = new Map<string, Person>();
  entries: Entry[] = [];
  dismissed = new Set<string>();
  private nextId = 1;

  /** The lead handle id of the person `id` belongs to. */
  private leadOf(id: string): string {
    const p = this.peopleById.get(id);
    return p?.mergedInto !== undefined && this.peopleById.has(p.mergedInto) ? p.mergedInto : id;
  }

  private groupIds(id: string): string[] {
    const lead = this.leadOf(id);
    return [lead, ...[...this.peopleById.values()].filter((p) => p.mergedInto === lead).map((p) => p.id)];
  }

  /** Adds an entry synchronously (for seeding). */
  seed(e: NewEntry): EntryWithPerson {
    const handle = e.person.trim();
    const personId = personIdFor(e.site, handle);
    const date = e.date ?? new Date().toISOString();
    let person = this.peopleById.get(personId);
    if (!person) {
      person = { id: personId, site: e.site, handle, displayName: e.displayName ?? handle, firstSeen: date, lastInteraction: date };
      this.peopleById.set(personId, person);
    } else {
      if (date < person.firstSeen) person.firstSeen = date;
      if (date > person.lastInteraction) person.lastInteraction = date;
    }
    const entry: Entry = {
      id: `e${String(this.nextId++).padStart(6, '0')}`,
      personId,
      site: e.site,
      direction: e.direction,
      kind: e.kind,
      note: e.note ?? '',
      date,
    };
    if (e.link) entry.link = e.link;
    this.entries.push(entry);
    return { ...entry, person: { ...person } };
  }

  private withPerson(e: Entry): EntryWithPerson {
    const person = this.peopleById.get(e.personId);
    if (!person) throw new Error(`no person ${e.personId}`);
    return { ...e, person: { ...person } };
  }

  private touch(personId: string): void {
    const person = this.peopleById.get(personId);
    if (!person) return;
    const dates = this.entries.filter((e) => e.personId === personId).map((e) => e.date);
    if (dates.length === 0) return;
    dates.sort();
    person.firstSeen = dates[0] as string;
    person.lastInteraction = dates[dates.length - 1] as string;
  }

  private sorted(list: Entry[]): Entry[] {
    return [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
  }

  async addEntry(e: NewEntry): Promise<EntryWithPerson> {
    return this.seed(e);
  }

  async updateEntry(entry: Entry): Promise<EntryWithPerson> {
    const i = this.entries.findIndex((e) => e.id === entry.id);
    const old = this.entries[i];
    if (!old) throw new Error(`No entry ${entry.id}`);
    const next: Entry = { ...old, direction: entry.direction, kind: entry.kind, note: entry.note, date: entry.date };
    if (entry.link) next.link = entry.link;
    else delete next.link;
    this.entries[i] = next;
    this.touch(next.personId);
    return this.withPerson(next);
  }

  async deleteEntry(id: string): Promise<Entry | null> {
    const i = this.entries.findIndex((e) => e.id === id);
    if (i < 0) return null;
    const [gone] = this.entries.splice(i, 1);
    return gone ? { ...gone } : null;
  }

  async restoreEntry(entry: Entry): Promise<void> {
    if (!this.entries.some((e) => e.id === entry.id)) this.entries.push({ ...entry });
    this.touch(entry.personId);
  }

  async listEntries(f: EntryFilter): Promise<{ entries: EntryWithPerson[]; total: number }> {
    const text = f.text?.trim().toLowerCase();
    const matches = this.entries.filter((e) => {
      if (f.site && e.site !== f.site) return false;
      if (f.direction && e.direction !== f.direction) return false;
      if (f.kind && e.kind !== f.kind) return false;
      if (f.personId && !this.groupIds(f.personId).includes(e.personId)) return false;
      if (f.from && (f.from.length === 10 ? dayOf(e.date) : e.date) < f.from) return false;
      if (f.to && (f.to.length === 10 ? dayOf(e.date) : e.date) > f.to) return false;
      if (text) {
        const p = this.peopleById.get(e.personId);
        const hay = `${p?.handle ?? ''} ${p?.displayName ?? ''} ${e.note}`.toLowerCase();
        if (!hay.includes(text)) return false;
      }
      return true;
    });
    const offset = f.offset ?? 0;
    const page = this.sorted(matches).slice(offset, f.limit === undefined ? undefined : offset + f.limit);
    return { entries: page.map((e) => this.withPerson(e)), total: matches.length };
  }

  async people(): Promise<Person[]> {
    return [...this.peopleById.values()].map((p) => ({ ...p }));
  }

  private personBalance(person: Person): PersonBalance {
    const ids = this.groupIds(person.id);
    const lead = this.peopleById.get(ids[0] as string) ?? person;
    const handles = ids.map((id) => ({ ...(this.peopleById.get(id) as Person) }));
    const b: PersonBalance = { person: { ...lead }, handles, gave: 0, received: 0, lastInteraction: lead.lastInteraction };
    for (const h of handles) if (h.lastInteraction > b.lastInteraction) b.lastInteraction = h.lastInteraction;
    for (const e of this.entries) {
      if (!ids.includes(e.personId)) continue;
      if (e.direction === 'gave') {
        b.gave++;
        if (!b.lastGave || e.date > b.lastGave) b.lastGave = e.date;
      } else {
        b.received++;
        if (!b.lastReceived || e.date > b.lastReceived) b.lastReceived = e.date;
      }
    }
    return b;
  }

  /** Every person (group of handles) with their balance, in one pass over the entries. */
  private balances(): PersonBalance[] {
    const out = new Map<string, PersonBalance>();
    for (const p of this.peopleById.values()) {
      if (this.leadOf(p.id) === p.id) out.set(p.id, { person: { ...p }, handles: [{ ...p }], gave: 0, received: 0, lastInteraction: p.lastInteraction });
    }
    for (const p of this.peopleById.values()) {
      const b = out.get(this.leadOf(p.id));
      if (!b || b.person.id === p.id) continue;
      b.handles.push({ ...p });
      if (p.lastInteraction > b.lastInteraction) b.lastInteraction = p.lastInteraction;
    }
    for (const e of this.entries) {
      const b = out.get(this.leadOf(e.personId));
      if (!b) continue;
      if (e.direction === 'gave') {
        b.gave++;
        if (!b.lastGave || e.date > b.lastGave) b.lastGave = e.date;
      } else {
        b.received++;
        if (!b.lastReceived || e.date > b.lastReceived) b.lastReceived = e.date;
      }
    }
    return [...out.values()];
  }

  async personDetail(personId: string): Promise<(PersonBalance & { entries: Entry[]; suggested: RhythmSuggestion | null }) | null> {
    const person = this.peopleById.get(personId);
    if (!person) return null;
    const ids = this.groupIds(personId);
    const entries = this.sorted(this.entries.filter((e) => ids.includes(e.personId)));
    return { ...this.personBalance(person), entries, suggested: suggestRhythm(entries.map((e) => e.date)) };
  }

  async balance(from?: string): Promise<Balance> {
    const b: Balance = { gave: 0, received: 0 };
    for (const e of this.entries) {
      if (from && (from.length === 10 ? dayOf(e.date) : e.date) < from) continue;
      b[e.direction]++;
    }
    return b;
  }

  async weekly(weeks: number, now?: string): Promise<WeekBalance[]> {
    const monday = localMondayOf(now ?? new Date().toISOString());
    const out: WeekBalance[] = [];
    for (let i = weeks - 1; i >= 0; i--) out.push({ week: addDays(monday, -7 * i), gave: 0, received: 0, running: 0 });
    const first = out[0];
    if (!first) return out;
    let before = 0;
    for (const e of this.entries) {
      const day = dayOf(e.date);
      if (day < first.week) { before += e.direction === 'gave' ? 1 : -1; continue; }
      const bucket = out.findLast((w) => w.week <= day);
      if (bucket && day < addDays(bucket.week, 7)) bucket[e.direction]++;
    }
    for (const w of out) { before += w.gave - w.received; w.running = before; }
    return out;
  }

  private snoozed(b: PersonBalance, now: string): boolean {
    return b.person.snoozedUntil !== undefined && b.person.snoozedUntil > now;
  }

  async owed(limit: number, now = new Date().toISOString()): Promise<PersonBalance[]> {
    return this.balances()
      .filter((b) => !this.snoozed(b, now) && (b.received > b.gave || (b.lastReceived !== undefined && (!b.lastGave || b.lastReceived > b.lastGave))))
      .sort((a, b) => b.received - b.gave - (a.received - a.gave) || ((b.lastReceived ?? '') > (a.lastReceived ?? '') ? 1 : -1))
      .slice(0, limit);
  }

  private suggestions(limit: number, all = this.balances()): MergeSuggestion[] {
    const out: MergeSuggestion[] = [];
    if (all.length > 200) return out; // seeded perf journals: names never repeat
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i] as PersonBalance, b = all[j] as PersonBalance;
        const key = [a.person.id, b.person.id].sort().join('|');
        if (this.dismissed.has(key)) continue;
        if (a.handles.some((h) => b.handles.some((k) => h.displayName.toLowerCase() === k.displayName.toLowerCase()))) out.push({ a, b, reason: 'same name' });
      }
    }
    return out.slice(0, limit);
  }

  async overview(o: { now?: string; weeks?: number; limit?: number; reachOutLimit?: number }): Promise<Overview> {
    const now = o.now ?? new Date().toISOString();
    const limit = o.limit ?? 5, max = o.reachOutLimit ?? 5;
    const [overall, week, weekly, owed, all] = await Promise.all([
      this.balance(), this.balance(localMondayOf(now)), this.weekly(o.weeks ?? 12, now), this.owed(limit, now), this.reminders(now, max),
    ]);
    return { overall, week, weekly, owed, reachOut: all.reachOut, suggestions: this.suggestions(limit), waiting: all.waiting, reachOutLimit: max };
  }

  /** Reach out by the store's own rules (rhythm.ts), with suggestions from the entries. */
  async reminders(now = new Date().toISOString(), limit = 5): Promise<{ waiting: number; reachOut: ReachOut[] }> {
    const reachOut = reachOutAt(candidatesOf(this.balances()), now, limit);
    for (const item of reachOut) {
      const ids = item.handles.map((h) => h.id);
      if (item.person.rhythm === undefined) item.suggested = suggestRhythm(this.entries.filter((e) => ids.includes(e.personId)).map((e) => e.date));
    }
    return { waiting: reachOut.length, reachOut };
  }

  calls: string[] = [];

  async setRhythm(personId: string, rhythm: Rhythm | null, now = new Date().toISOString()): Promise<void> {
    this.calls.push(`rhythm ${personId} ${rhythm}`);
    const lead = this.peopleById.get(this.leadOf(personId));
    if (!lead) throw new Error(`there is no person "${personId}"`);
    const next: Person = { ...lead };
    delete next.rhythm;
    delete next.rhythmSetAt;
    this.peopleById.set(lead.id, rhythm === null ? next : { ...next, rhythm, rhythmSetAt: now });
  }

  async mergePeople(keepId: string, otherId: string): Promise<PersonBalance> {
    this.calls.push(`merge ${keepId} ${otherId}`);
    const lead = this.leadOf(keepId);
    for (const id of this.groupIds(otherId)) {
      const p = this.peopleById.get(id) as Person;
      if (id !== lead) this.peopleById.set(id, { ...p, mergedInto: lead });
    }
    return this.personBalance(this.peopleById.get(lead) as Person);
  }

  async splitPerson(personId: string): Promise<void> {
    this.calls.push(`split ${personId}`);
    const p = this.peopleById.get(personId);
    if (p?.mergedInto) {
      const { mergedInto: _m, ...rest } = p;
      this.peopleById.set(personId, rest);
    }
  }

  async snoozePerson(personId: string, days = 30, now = new Date().toISOString()): Promise<void> {
    this.calls.push(`snooze ${personId} ${days}`);
    const lead = this.peopleById.get(this.leadOf(personId)) as Person;
    this.peopleById.set(lead.id, { ...lead, snoozedUntil: new Date(Date.parse(now) + days * DAY).toISOString() });
  }

  async dismissSuggestion(aId: string, bId: string): Promise<void> {
    this.calls.push(`dismiss ${aId} ${bId}`);
    this.dismissed.add([this.leadOf(aId), this.leadOf(bId)].sort().join('|'));
  }

  async prepareSearch(): Promise<void> {}

  async exportJson(): Promise<JournalExport> {
    return {
      format: 'communis-journal',
      version: 2,
      exportedAt: new Date().toISOString(),
      people: [...this.peopleById.values()].map((p) => ({ ...p })),
      entries: this.entries.map((e) => ({ ...e })),
    };
  }

  async exportCsv(): Promise<string> {
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = this.sorted(this.entries).map((e) => [e.id, e.date, e.site, e.personId, e.direction, e.kind, q(e.note), e.link ?? ''].join(','));
    return `id,date,site,person,direction,kind,note,link\n${rows.join('\n')}\n`;
  }

  async importJson(text: string): Promise<ImportReport> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new JournalImportError(`the file is not valid JSON (${(e as Error).message})`);
    }
    const d = data as Partial<JournalExport>;
    if (typeof d !== 'object' || d === null || d.format !== 'communis-journal') throw new JournalImportError('this is not a communis-journal file', 'format');
    if (d.version !== 1 && d.version !== 2) throw new JournalImportError(`version ${String(d.version)} is not supported`, 'version');
    if (!Array.isArray(d.people)) throw new JournalImportError('must be a list', 'people');
    if (!Array.isArray(d.entries)) throw new JournalImportError('must be a list', 'entries');
    d.entries.forEach((e, i) => {
      if (typeof e?.id !== 'string') throw new JournalImportError('is missing', `entries[${i}].id`);
      if (Number.isNaN(new Date(e.date).getTime())) throw new JournalImportError('is not a date', `entries[${i}].date`);
    });
    for (const p of d.people) this.peopleById.set(p.id, { ...p });
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, people: d.people.length };
    for (const e of d.entries) {
      const i = this.entries.findIndex((x) => x.id === e.id);
      if (i < 0) {
        this.entries.push({ ...e });
        report.added++;
      } else if (JSON.stringify(this.entries[i]) === JSON.stringify(e)) report.unchanged++;
      else {
        this.entries[i] = { ...e };
        report.updated++;
      }
    }
    return report;
  }

  async clear(): Promise<void> {
    this.peopleById.clear();
    this.entries = [];
  }
}

const NAMES = ['ada', 'grace', 'alan', 'katherine', 'linus', 'margaret', 'tim', 'barbara', 'dennis', 'frances'];
const SITES: SiteId[] = ['x', 'facebook', 'linkedin'];
const KINDS = ['reply', 'comment', 'intro', 'advice', 'share', 'thanks', 'other'] as const;

/** A journal of `n` deterministic entries spread over `days` days before `now`. */
export function seededJournal(n: number, now: Date, days = 365): FakeJournal {
  const j = new FakeJournal();
  for (let i = 0; i < n; i++) {
    const site = SITES[i % 3] as SiteId;
    const name = `${NAMES[i % NAMES.length]}${Math.floor(i / 30) % 50}`;
    j.seed({
      site,
      person: site === 'x' ? `@${name}` : name,
      direction: i % 3 === 0 ? 'received' : 'gave',
      kind: KINDS[i % KINDS.length] as (typeof KINDS)[number],
      note: `note ${i} about ${i % 2 ? 'testing' : 'design'}`,
      date: new Date(now.getTime() - ((i * 7919) % (days * 24)) * 3_600_000).toISOString(),
    });
  }
  return j;
}
