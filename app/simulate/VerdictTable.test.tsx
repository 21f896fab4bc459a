import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type ImageVerdict, DEFAULT_VERDICT_SORT, simulateLifecycle, syntheticHistory, verdictRows } from '@ecr-designer/model';
import { ROW_HEIGHT, VerdictTable } from './VerdictTable.tsx';

afterEach(cleanup);

const AT = Date.UTC(2026, 0, 1);

describe('verdict table', { timeout: 60_000 }, () => {
  it('renders only the rows in view of ten thousand, and the rows further down once scrolled', () => {
    const images = syntheticHistory({ seed: 3, end: AT, days: 200, pushesPerDay: 50 });
    expect(images.length).toBeGreaterThan(9000);
    const rows: ImageVerdict[] = verdictRows(simulateLifecycle([{ maxImageCount: 100 }], images, { at: AT }).verdicts, 'all', DEFAULT_VERDICT_SORT);
    render(<VerdictTable rows={rows} sort={DEFAULT_VERDICT_SORT} onSort={() => {}} height={560} />);
    const table = screen.getByRole('table', { name: 'Images and their verdicts' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(rows.length + 1));
    const shown = () => within(table).getAllByRole('row').slice(1);
    expect(shown().length).toBeLessThan(30);
    expect(shown()[0]?.textContent).toContain(rows[0]?.explanation);
    fireEvent.scroll(table, { target: { scrollTop: 5000 * ROW_HEIGHT } });
    const indexes = shown().map((r) => Number(r.getAttribute('aria-rowindex')) - 2);
    expect(indexes).toContain(5000);
    expect(shown().length).toBeLessThan(30);
    const row5000 = shown()[indexes.indexOf(5000)];
    expect(row5000?.textContent).toContain(rows[5000]?.explanation);
  });
});
