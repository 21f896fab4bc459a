/** The read-only Monaco editor of the previews. Loaded lazily: the form works before it arrives. */
import { useEffect, useState } from 'react';
import { Editor } from '@monaco-editor/react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { setupMonaco } from './monaco/setup.ts';
import { MONO_FONT } from '../theme.ts';
import { setPreviewEditor } from './editorHandle.ts';
import { minimalEdit } from './minimalEdit.ts';

setupMonaco();

/** A text that changes outside React: the editor follows it as soon as it changes. */
export interface LiveText {
  /** The text now, or undefined when the source has none for this editor (React's `text` is used). */
  current(): string | undefined;
  /** Calls `listener` with each new text, synchronously, as it changes; returns the unsubscribe. */
  subscribe(listener: (text: string) => void): () => void;
}

export interface CodeViewProps {
  /** The text as of this render: a new model starts with it. */
  text: string;
  /**
   * Where newer text comes from between renders: the preview editor takes each keystroke's text
   * straight from the store update, without waiting for React to re-render the preview column.
   */
  live?: LiveText | undefined;
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

export default function CodeView({ text, language, path, label, dark, live }: CodeViewProps) {
  const [model, setModel] = useState<MonacoEditor.ITextModel | null>(null);
  useEffect(() => () => setPreviewEditor(undefined), []);
  // The text goes in as `defaultValue` (a new model starts with it) and every later change as a
  // minimal edit: @monaco-editor/react would `setValue` the whole text of a read-only editor.
  // The live text, when there is one, is never older than the rendered one, so it wins.
  useEffect(() => {
    if (model) syncModelText(model, live?.current() ?? text);
  }, [model, text, live]);
  useEffect(() => {
    if (!model || !live) return undefined;
    return live.subscribe((next) => syncModelText(model, next));
  }, [model, live]);
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
