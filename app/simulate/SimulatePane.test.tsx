import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type LifecycleRule, DEFAULT_SYNTHETIC_PARAMS, parseDescribeImagesText, readSyntheticParams, simulateLifecycle, syntheticHistory } from '@ecr-designer/model';
import { cleanupAll, designWith, renderWithDesign } from '../testing/renderWithStore.tsx';
import SimulatePane from './SimulatePane.tsx';
import { resetSimulateStore } from './simulateStore.ts';

afterEach(() => {
  cleanupAll();
  resetSimulateStore();
});

const AT = '2026-01-10T00:00:00Z';
const RULES: LifecycleRule[] = [
  { tagPatternList: ['v*'], maxImageCount: 1 },
  { tagStatus: 'UNTAGGED', maxImageAgeDays: 3 },
];
const IMAGES = JSON.stringify({
  imageDetails: [
    { imageDigest: 'sha256:aaaa1111aaaa1111aaaa', imageTags: ['v1.0.0'], imagePushedAt: '2026-01-01T10:00:00+00:00', imageSizeInBytes: 1048576 },
    { imageDigest: 'sha256:bbbb2222bbbb2222bbbb', imageTags: ['v1.1.0', 'latest'], imagePushedAt: '2026-01-05T10:00:00+00:00', imageSizeInBytes: 2097152 },
    { imageDigest: 'sha256:cccc3333cccc3333cccc', imagePushedAt: '2026-01-02T10:00:00+00:00', imageSizeInBytes: 512, lastRecordedPullTime: '2026-01-03T00:00:00Z' },
    { imageDigest: 'sha256:dddd4444dddd4444dddd', imagePushedAt: '2026-01-09T10:00:00+00:00', imageSizeInBytes: 512 },
  ],
});

const rowsShown = () => within(screen.getByRole('table', { name: 'Images and their verdicts' })).getAllByRole('row').slice(1);

async function open(rules: LifecycleRule[] = RULES) {
  resetSimulateStore(Date.parse(AT));
  await renderWithDesign(<SimulatePane />, designWith({ id: 'Repo', lifecycleRules: rules }));
}

describe('Simulate view', { timeout: 60_000 }, () => {
  it('shows the verdict and explanation the model gives every pasted image, newest push first', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'describe-images' }));
    fireEvent.change(screen.getByLabelText('Output of aws ecr describe-images (JSON)'), { target: { value: IMAGES } });
    await waitFor(() => expect(rowsShown()).toHaveLength(4));
    const expected = simulateLifecycle(RULES, parseDescribeImagesText(IMAGES).images, { at: Date.parse(AT) });
    const byDigest = new Map(expected.verdicts.map((v) => [v.image.digest, v]));
    // Every verdict kind is there, so the check below covers them all.
    expect(new Set(expected.verdicts.map((v) => v.verdict))).toEqual(new Set(['kept', 'expired']));
    const pushedOrder = [...expected.verdicts].sort((a, b) => b.image.pushedAt - a.image.pushedAt).map((v) => v.image.digest);
    expect(rowsShown().map((r) => within(r).getByRole('button', { name: /^Copy digest/ }).getAttribute('aria-label'))).toEqual(pushedOrder.map((d) => `Copy digest ${d}`));
    for (const row of rowsShown()) {
      const digest = (within(row).getByRole('button', { name: /^Copy digest/ }).getAttribute('aria-label') ?? '').replace('Copy digest ', '');
      const v = byDigest.get(digest);
      expect(row.getAttribute('data-verdict')).toBe(v?.verdict);
      expect(row.textContent).toContain(v?.explanation);
      // The digest is shortened, the full value on hover.
      expect(within(row).getByTitle(digest).textContent).toBe(`${digest.slice(0, 19)}…`);
    }
    expect(screen.getByTestId('count-kept').textContent).toBe(String(expected.summary.kept));
    expect(screen.getByTestId('count-expired').textContent).toBe(String(expected.summary.expired));
    expect(screen.getByRole('table', { name: 'Totals per rule' }).textContent).toContain(expected.rules[0]?.label);
  });

  it('filters by verdict and sorts by a column', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'describe-images' }));
    fireEvent.change(screen.getByLabelText('Output of aws ecr describe-images (JSON)'), { target: { value: IMAGES } });
    await waitFor(() => expect(rowsShown()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: /^Expired \d/ }));
    expect(rowsShown().length).toBeGreaterThan(0);
    expect(rowsShown().every((r) => r.getAttribute('data-verdict') === 'expired')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^All/ }));
    const size = within(screen.getByRole('table', { name: 'Images and their verdicts' })).getByRole('columnheader', { name: 'Size' });
    fireEvent.click(within(size).getByRole('button'));
    expect(size.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(size).getByRole('button'));
    expect(size.getAttribute('aria-sort')).toBe('ascending');
    const sizes = rowsShown().map((r) => within(r).getAllByRole('cell')[6]?.textContent);
    expect(sizes.slice(0, 2)).toEqual(['512 B', '512 B']);
  });

  it('a bad paste: the error at its place in the JSON, the text kept, no table', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'describe-images' }));
    const bad = IMAGES.replace('2026-01-05T10:00:00+00:00', 'last tuesday');
    fireEvent.change(screen.getByLabelText('Output of aws ecr describe-images (JSON)'), { target: { value: bad } });
    await screen.findByText(/imageDetails\[1\]\.imagePushedAt: Expected an ISO 8601 timestamp/);
    const field = screen.getByLabelText('Output of aws ecr describe-images (JSON)') as HTMLTextAreaElement;
    expect(field.value).toBe(bad);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('table', { name: 'Images and their verdicts' })).toBeNull();

    fireEvent.change(field, { target: { value: '{"imageDetails": [' } });
    await screen.findByText(/Not valid JSON at line 1/);
    expect(field.value).toBe('{"imageDetails": [');
  });

  it('starts with a synthetic history and shows the counts the model computes for it', async () => {
    await open();
    const { options } = readSyntheticParams(DEFAULT_SYNTHETIC_PARAMS, Date.parse(AT));
    const expected = simulateLifecycle(RULES, syntheticHistory(options!), { at: Date.parse(AT) }).summary;
    await waitFor(() => expect(screen.getByTestId('count-kept').textContent).toBe(String(expected.kept)));
    expect(screen.getByTestId('count-expired').textContent).toBe(String(expected.expired));
    expect(screen.getByTestId('simulate-day').textContent).toBe('2026-01-10');
    // The replay arrives after the evaluation.
    await waitFor(() => expect(screen.getByTestId('replay-reading').textContent).toMatch(/^Had the policy run daily/));
  });

  it('says where an evaluation date or a parameter is wrong', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('Evaluation date (UTC)'), { target: { value: 'soon' } });
    await screen.findByText(/Expected an ISO 8601 timestamp/);
    fireEvent.change(screen.getByLabelText('Evaluation date (UTC)'), { target: { value: AT } });
    fireEvent.change(screen.getByLabelText('Days of history'), { target: { value: '0' } });
    await screen.findByText('Days of history must be between 1 and 3650, got 0.');
  });
});
