/**
 * Hooks for end-to-end tests, installed only when the page is opened with `?e2e`: read the design
 * from the store and the text Monaco shows, so a test can compare it with the model's rendering.
 */
import type { Design } from '@ecr-designer/model';
import { previewEditor } from '../preview/editorHandle.ts';
import { currentDesign } from '../store/designStore.ts';
import { useUiStore } from '../store/uiStore.ts';

export interface EcrDesignerTestHooks {
  getDesign(): Design;
  /** The text of the preview editor, or undefined before Monaco has mounted. */
  getPreviewText(): string | undefined;
  getPreviewTarget(): string;
  /**
   * Calls `listener` whenever the preview editor's text changes (the bench measures keystroke
   * latency with it); registers once the editor has mounted.
   */
  onPreviewChange(listener: () => void): void;
}

declare global {
  interface Window {
    ecrDesignerTestHooks?: EcrDesignerTestHooks;
  }
}

export function installTestHooks(): void {
  if (!new URLSearchParams(window.location.search).has('e2e')) return;
  window.ecrDesignerTestHooks = {
    getDesign: currentDesign,
    getPreviewText: () => previewEditor()?.getValue(),
    getPreviewTarget: () => useUiStore.getState().previewTarget,
    onPreviewChange: (listener) => {
      const register = () => {
        const editor = previewEditor();
        if (editor) editor.onDidChangeModelContent(listener);
        else setTimeout(register, 50);
      };
      register();
    },
  };
}
