/** The mounted preview editor, for tests that compare what Monaco shows with the model's rendering. */
export interface PreviewEditorHandle {
  getValue(): string;
  /** Monaco's content-change event of the editor's current model. */
  onDidChangeModelContent(listener: () => void): { dispose(): void };
}

let current: PreviewEditorHandle | undefined;

export function setPreviewEditor(editor: PreviewEditorHandle | undefined): void {
  current = editor;
}

export function previewEditor(): PreviewEditorHandle | undefined {
  return current;
}
