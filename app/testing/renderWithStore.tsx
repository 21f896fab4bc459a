/** Component-test helpers: a fresh store with a given design, rendered inside the app theme. */
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import type { Design } from '@ecr-designer/model';
import { validation } from '../lazyParts.ts';
import { resetDesignStore, useDesignStore } from '../store/designStore.ts';
import { createAppTheme } from '../theme.ts';

// The app loads validation after the form; component tests want diagnostics from the first render.
await validation.start();

export function designWith(repository: Design['repositories'][number]): Design {
  return { version: 1, stackName: 'EcrStack', repositories: [repository] };
}

export function renderWithDesign(ui: React.ReactElement, design: Design): RenderResult {
  resetDesignStore(design);
  return render(<ThemeProvider theme={createAppTheme('light')}>{ui}</ThemeProvider>);
}

export const storedDesign = (): Design => useDesignStore.getState().history.present;

export function cleanupAll(): void {
  cleanup();
  resetDesignStore();
}
