// The entries list's request policy: one request at a time, the newest
// waiting one replaces older ones, and only answers nothing newer has
// overtaken are shown.
import { describe, expect, test } from 'vitest';
import { latestOnly } from '../../../src/ui/journal/latest-only';

type Step = `ask ${string}` | `answer ${string}` | `fail ${string}` | 'dispose';

/** Plays the steps; returns which tasks started and what was handed on, in order. */
async function play(steps: Step[]) {
  const started: string[] = [];
  const shown: string[] = [];
  const pending = new Map<string, { resolve(v: string): void; reject(e: Error): void }>();
  const runner = latestOnly<string>((v) => shown.push(v), (e) => shown.push(`error ${(e as Error).message}`));
  for (const step of steps) {
    const [verb, name = ''] = step.split(' ');
    if (verb === 'ask') {
      runner.request(() => {
        started.push(name);
        return new Promise<string>((resolve, reject) => pending.set(name, { resolve, reject }));
      });
    } else if (verb === 'answer') pending.get(name)?.resolve(name);
    else if (verb === 'fail') pending.get(name)?.reject(new Error(name));
    else runner.dispose();
    await Promise.resolve(); // let an answer's callbacks run
    await Promise.resolve();
  }
  return { started, shown };
}

describe('latestOnly', () => {
  test.each<[string, Step[], string[], string[]]>([
    ['a request starts at once when nothing is under way', ['ask a'], ['a'], []],
    ['its answer is shown', ['ask a', 'answer a'], ['a'], ['a']],
    ['requests one after another each start at once', ['ask a', 'answer a', 'ask b', 'answer b'], ['a', 'b'], ['a', 'b']],
    ['a request made meanwhile waits for the answer under way', ['ask a', 'ask b'], ['a'], []],
    ['the waiting request starts when the answer arrives; the overtaken answer is not shown', ['ask a', 'ask b', 'answer a'], ['a', 'b'], []],
    ['only the newest waiting request runs', ['ask a', 'ask b', 'ask c', 'ask d', 'answer a', 'answer d'], ['a', 'd'], ['d']],
    ['an error of an overtaken request is not shown either', ['ask a', 'ask b', 'fail a', 'answer b'], ['a', 'b'], ['b']],
    ['an error of the newest request is shown', ['ask a', 'fail a'], ['a'], ['error a']],
    ['after an error the next request starts at once', ['ask a', 'fail a', 'ask b', 'answer b'], ['a', 'b'], ['error a', 'b']],
    ['after dispose nothing is shown and nothing waiting starts', ['ask a', 'ask b', 'dispose', 'answer a', 'ask c'], ['a'], []],
  ])('%s', async (_, steps, started, shown) => {
    expect(await play(steps)).toEqual({ started, shown });
  });

  test('a task that throws is reported like a failed answer', async () => {
    const shown: string[] = [];
    const runner = latestOnly<string>((v) => shown.push(v), (e) => shown.push(`error ${(e as Error).message}`));
    runner.request(() => { throw new Error('boom'); });
    await Promise.resolve();
    await Promise.resolve();
    runner.request(async () => 'next');
    await Promise.resolve();
    await Promise.resolve();
    expect(shown).toEqual(['error boom', 'next']);
  });
});
