/** The read-only Monaco editor of the previews. Loaded lazily: the form works before it arrives. */
import { useEffect, useState } from 'react';
import { Editor } from '@monaco-editor/react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { setupMonaco } from './monaco/setup.ts';
import { MONO_FONT } from '../theme.ts';
import { setPreviewEditor } from './editorHandle.ts';
import { minimalEdit } from './minimalEdit.ts';

setupMonaco();

export interface CodeViewProps {
  text: string;
  language: string;
  /** One editor model per path (per target), so each tab keeps its scroll position. */
  path: string;
  /** Names the editor for assistive technology. */
  label: string;
  dark: boolean;
}

/** The text each model was last given (saves reading a large model back on every edit). */
const applied = new WeakMap<MonacoEditor.ITextModel, string>();

/**
 * Brings the model to `text` with one edit covering only what changed (common prefix and suffix
 * kept): unlike `setValue`, Monaco re-tokenizes and re-renders just the changed lines, and the
 * scroll position and any selection stay where they were.
 */
export function syncModelText(model: MonacoEditor.ITextModel, text: string): void {
  const edit = minimalEdit(applied.get(model) ?? model.getValue(), text);
  if (edit) {
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    model.applyEdits([
      { range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text: edit.text },
    ]);
  }
  // Monaco normalizes line endings: if the model does not hold the text as given, start over.
  if (model.getValueLength() !== text.length) model.setValue(text);
  applied.set(model, text);
}

export default function CodeView({ text, language, path, label, dark }: CodeViewProps) {
  const [model, setModel] = useState<MonacoEditor.ITextModel | null>(null);
  useEffect(() => () => setPreviewEditor(undefined), []);
  // The text goes in as `defaultValue` (a new model starts with it) and every later change as a
  // minimal edit: @monaco-editor/react would `setValue` the whole text of a read-only editor.
  useEffect(() => {
    if (model) syncModelText(model, text);
  }, [model, text]);
  return (
    <Editor
      defaultValue={text}
      path={path}
      language={language}
      theme={dark ? 'vs-dark' : 'vs'}
      onMount={(mounted) => {
        setPreviewEditor(mounted);
        setModel(mounted.getModel());
        // Another tab shows another model (one per path).
        mounted.onDidChangeModel(() => setModel(mounted.getModel()));
      }}
      loading={null}
      options={{
        readOnly: true,
        domReadOnly: true,
        ariaLabel: `${label} (read-only)`,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontFamily: MONO_FONT,
        fontSize: 13,
        lineNumbersMinChars: 3,
        renderLineHighlight: 'none',
        // The number of the empty line after the final newline is drawn dimmed, below contrast minimums.
        renderFinalNewline: 'off',
        folding: true,
        wordWrap: 'off',
        tabSize: 2,
        stickyScroll: { enabled: false },
        padding: { top: 8 },
      }}
    />
  );
}
