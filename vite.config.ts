/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './app/build/contentSecurityPolicy.ts';

type ModuleInfoLookup = (id: string) => { isEntry: boolean; importers: readonly string[] } | null;

/** True when `id` is reached from the entry through static imports only (so it is loaded at start). */
function isStaticallyImported(id: string, getModuleInfo: ModuleInfoLookup, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = getModuleInfo(id);
  if (!info) return false;
  return info.isEntry || info.importers.some((importer) => isStaticallyImported(importer, getModuleInfo, seen));
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      treeshake: {
        // packages/model is pure by contract (lint-enforced: no DOM, no globals, nothing runs on
        // import), so an unused export such as a renderer the form does not need can be dropped
        // from the first download; a `class ... extends Error` alone would otherwise keep it.
        moduleSideEffects: [{ test: /\/packages\/model\/src\//, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          // Everything the entry imports statically goes into one chunk (rather than several
          // chunks shared with lazy parts): one request and one gzip stream before the form works.
          // The model is left to the default placement: its barrel statically imports renderers
          // that only the lazy preview uses, and those must stay out of the first download.
          groups: [
            {
              debugName: 'statically imported by the entry',
              name: (id, ctx) => (!id.includes('/packages/model/') && isStaticallyImported(id, (m) => ctx.getModuleInfo(m)) ? 'app' : null),
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          environment: 'node',
          include: ['packages/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'happy-dom',
          include: ['app/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
