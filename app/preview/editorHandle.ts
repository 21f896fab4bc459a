/** The mounted preview editor, for tests that compare what Monaco shows with the model's rendering. */
export interface PreviewEditorHandle {
  getValue(): string;
}

let current: PreviewEditorHandle | undefined;

export function setPreviewEditor(editor: PreviewEditorHandle | undefined): void {
  current = editor;
}

export function previewEditor(): PreviewEditorHandle | undefined {
  return current;
}
