// Fails the run when any end-to-end test was skipped or none ran: a skipped
// end-to-end test is not a passing one (CI must not go green without them).
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class NoSkipsReporter implements Reporter {
  private ran = 0;
  private skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') this.skipped.push(test.titlePath().join(' › '));
    else this.ran++;
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    if (this.skipped.length === 0 && this.ran > 0) return undefined;
    const why = this.ran === 0 ? 'no end-to-end test ran' : `${this.skipped.length} end-to-end test(s) skipped:\n  ${this.skipped.join('\n  ')}`;
    console.error(`\nFAILED: ${why}`);
    return { status: result.status === 'passed' ? 'failed' : result.status };
  }
}
