/** Component-test helpers: a fresh store with a given design, rendered inside the app theme. */
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import type { Design } from '@ecr-designer/model';
import { DiagnosticsSync } from '../derived/diagnostics.ts';
import { validation } from '../lazyParts.ts';
import { preloadAccessEditors } from '../access/lazy.ts';
import { resetDesignStore, useDesignStore } from '../store/designStore.ts';
import { createAppTheme } from '../theme.ts';

// The app loads validation after the form; component tests want diagnostics from the first render.
await validation.start();
// The access and events editors are lazy sections of the form: loaded up front, so they never arrive mid-test.
await preloadAccessEditors();

export function designWith(repository: Design['repositories'][number]): Design {
  return { version: 1, stackName: 'EcrStack', repositories: [repository] };
}

/**
 * Lets the diagnostics of the latest edit arrive: they are computed in a task queued from the
 * animation frame after the render (once the frame is painted).
 */
export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

export async function renderWithDesign(ui: React.ReactElement, design: Design): Promise<RenderResult> {
  resetDesignStore(design);
  const result = render(
    <ThemeProvider theme={createAppTheme('light')}>
      <DiagnosticsSync />
      {ui}
    </ThemeProvider>,
  );
  await settle();
  return result;
}

export const storedDesign = (): Design => useDesignStore.getState().history.present;

export function cleanupAll(): void {
  cleanup();
  resetDesignStore();
}
