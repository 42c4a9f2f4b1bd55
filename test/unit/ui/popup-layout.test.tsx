// @vitest-environment happy-dom
// The popup's "Boxes on this page" card: how many boxes are coached, and the
// layout report offered only when the focused box is not covered by a site
// selector; the report goes to the clipboard.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LayoutCard, type TabInfo } from '../../../src/ui/PopupApp';

afterEach(cleanup);

const tab = (t: Partial<TabInfo>): TabInfo => ({ site: 'x', draft: null, coached: 2, focused: true, coverage: 'adapter', layoutReport: async () => 'REPORT', ...t });

describe('LayoutCard', () => {
  test.each([
    ['adapter', true, false],
    ['fallback', true, true],
    [null, true, true],
    [null, false, false],
  ] as const)('coverage %s, focused %s: offers the report: %s', (coverage, focused, offered) => {
    render(<LayoutCard tab={tab({ coverage, focused })} />);
    expect(screen.getByText('2 boxes are coached on this tab.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy a layout report' }) !== null).toBe(offered);
  });

  test('copies the report to the clipboard and says so', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LayoutCard tab={tab({ coverage: 'fallback', coached: 1 })} />);
    expect(screen.getByText('1 box is coached on this tab.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy a layout report' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith('REPORT');
  });
});
