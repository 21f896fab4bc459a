/** The read-only Monaco editor of the previews. Loaded lazily: the form works before it arrives. */
import { useEffect } from 'react';
import { Editor } from '@monaco-editor/react';
import { setupMonaco } from './monaco/setup.ts';
import { MONO_FONT } from '../theme.ts';
import { setPreviewEditor } from './editorHandle.ts';

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

export default function CodeView({ text, language, path, label, dark }: CodeViewProps) {
  useEffect(() => () => setPreviewEditor(undefined), []);
  return (
    <Editor
      value={text}
      path={path}
      language={language}
      theme={dark ? 'vs-dark' : 'vs'}
      onMount={(editor) => setPreviewEditor(editor)}
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
