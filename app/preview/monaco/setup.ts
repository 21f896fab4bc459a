/**
 * Monaco, bundled: the core editor, the two Monarch languages the previews need (YAML, TypeScript),
 * our JSON tokenizer and the editor worker. @monaco-editor/react is pointed at this instance, so it
 * never fetches Monaco from a CDN.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
// Registering a Monarch language is a side effect of these modules.
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/typescript/register';
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/yaml/register';
// The CDK languages of the jsii targets (Monarch tokenizers bundled with monaco-editor 0.57).
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/python/register';
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/java/register';
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/csharp/register';
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/go/register';
// Terraform (HCL) and the AWS CLI script (shell).
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/hcl/register';
// oxlint-disable-next-line import/no-unassigned-import
import 'monaco-editor/languages/definitions/shell/register';
// A Vite worker import: the default export is the Worker constructor Vite generates.
// oxlint-disable-next-line import/default
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerJson } from './jsonLanguage.ts';

let done = false;

export function setupMonaco(): void {
  if (done) return;
  done = true;
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  registerJson(monaco);
  loader.config({ monaco });
}
