import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_OUT_DIR let several people run the suite at once in one working tree, each
// against a build of their own (CI uses the defaults).
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const OUT_DIR = process.env['E2E_OUT_DIR'] ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests against the production build (vite build + vite preview on 127.0.0.1), in
 * Debian's Chromium (installed with apt; Playwright never downloads a browser here).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env['E2E_OUT_DIR'] ? `test-results-${PORT}` : 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    // The app honours reduced motion (no transitions): steadier and faster tests.
    reducedMotion: 'reduce',
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // npx runs the workspace's own vite (no global pnpm needed: CI runs pnpm through npx).
    command: `npx --no-install vite build --outDir ${OUT_DIR} && npx --no-install vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
