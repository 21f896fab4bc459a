/**
 * The import dialog: paste text or choose/drop a file, see what it was recognised as, the
 * repositories it brings and everything that could not be imported, then replace the design or add
 * to it. Nothing changes before one of those buttons; bad input leaves the text and the design as
 * they are. The reading runs in a Web Worker (importClient.ts). Loaded on first use.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import UploadFile from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { type Design, type ImportSummary, IMPORT_APPLY_MODES, IMPORT_KINDS, addImportedDesign, formatImportProblem, importFileSizeProblem, importPasteSizeProblem } from '@ecr-designer/model';
import { addLifecycleRules, applyEdit, replaceDesign } from '../store/actions.ts';
import { currentDesign, useSelectedIndex, useDesign } from '../store/designStore.ts';
import { notify } from '../store/uiStore.ts';
import { Field } from '../fields/Field.tsx';
import { ActionButton } from '../ui/ActionButton.tsx';
import { Callout } from '../ui/Callout.tsx';
import { type Analyze, createImportClient } from './importClient.ts';
import type { ImportAnswer } from './protocol.ts';

/** "1 repository", "2 repositories". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Waits this long after the last keystroke before reading the text. */
const SETTLE_MS = 250;

type Reading =
  | { state: 'empty' }
  | { state: 'reading' }
  | { state: 'read'; answer: ImportAnswer }
  | { state: 'failed'; message: string };

export interface ImportDialogProps {
  onClose: () => void;
  /** How the text is read (default: the importer's Web Worker). */
  analyze?: Analyze;
}

export default function ImportDialog({ onClose, analyze }: ImportDialogProps) {
  const client = useMemo(() => (analyze ? undefined : createImportClient()), [analyze]);
  useEffect(() => () => client?.dispose(), [client]);
  const read = analyze ?? (client as NonNullable<typeof client>).analyze;

  const [text, setText] = useState('');
  const [source, setSource] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState<Reading>({ state: 'empty' });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const generation = useRef(0);
  const titleId = useId();
  const helpId = useId();

  const start = (value: string, delay: number) => {
    const mine = ++generation.current;
    if (value.trim() === '') {
      setReading({ state: 'empty' });
      return undefined;
    }
    setReading({ state: 'reading' });
    const timer = setTimeout(() => {
      read(value).then(
        (answer) => mine === generation.current && setReading({ state: 'read', answer }),
        (e: unknown) => {
          if (mine !== generation.current || (e instanceof Error && e.message === 'superseded')) return;
          setReading({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  };
  const cancelPending = useRef<(() => void) | undefined>(undefined);
  const changeText = (value: string, delay = SETTLE_MS) => {
    setText(value);
    cancelPending.current?.();
    cancelPending.current = start(value, delay);
  };
  useEffect(() => () => cancelPending.current?.(), []);

  const paste = (e: React.ClipboardEvent<HTMLElement>) => {
    const tooLarge = importPasteSizeProblem(e.clipboardData.getData('text'));
    if (!tooLarge) return;
    // Never laid out in the field: the text there stays as it was.
    e.preventDefault();
    ++generation.current;
    cancelPending.current?.();
    setReading({ state: 'failed', message: tooLarge });
  };

  const openFile = async (file: File) => {
    const tooLarge = importFileSizeProblem(file.name, file.size);
    if (tooLarge) {
      ++generation.current;
      cancelPending.current?.();
      setReading({ state: 'failed', message: tooLarge });
      return;
    }
    try {
      const content = await file.text();
      setSource(file.name);
      changeText(content, 0);
    } catch (e) {
      setReading({ state: 'failed', message: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const answer = reading.state === 'read' ? reading.answer : undefined;
  const summary = answer?.summary;
  const imported = answer && summary?.canApply ? answer.result.design : undefined;
  const rules = answer && summary?.canApply ? answer.result.lifecycleRules : undefined;

  const apply = (mode: 'replace' | 'add') => {
    if (!imported) return;
    const repositories = count(imported.repositories.length, 'repository', 'repositories');
    if (mode === 'replace') {
      replaceDesign(imported);
      notify(`Imported ${repositories}; the previous design is one Undo away.`, 'success', true);
    } else {
      const before = currentDesign().repositories.length;
      applyEdit((d: Design) => addImportedDesign(d, imported), undefined, () => before);
      notify(`Added ${repositories} to the design.`, 'success', true);
    }
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby={titleId} aria-describedby={helpId} scroll="paper">
      <DialogTitle id={titleId}>Import</DialogTitle>
      <DialogContent
        dividers
        data-testid="import-drop-zone"
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          setDragging(false);
          if (!file) return;
          e.preventDefault();
          void openFile(file);
        }}
        sx={{ outline: dragging ? 2 : 0, outlineColor: 'primary.main', outlineStyle: 'dashed', outlineOffset: -6 }}
      >
        <Typography id={helpId} variant="body2" sx={{ mb: 1.5 }}>
          Paste, choose or drop {Object.values(IMPORT_KINDS).join('; ')}. Nothing changes until you replace the design or add to it.
        </Typography>
        <Field
          label="Text to import"
          value={text}
          onChange={(e) => {
            setSource(undefined);
            changeText(e.target.value);
          }}
          multiline
          placeholder={'Resources:\n  Repo:\n    Type: AWS::ECR::Repository'}
          // A fixed height: an auto-sizing field would measure a 50 MB paste on every change.
          inputAttributes={{ spellCheck: false, onPaste: paste, 'data-testid': 'import-text', style: { height: '13rem', fontFamily: 'var(--mono-font)', fontSize: '0.8125rem', whiteSpace: 'pre', overflow: 'auto' } }}
        />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 1, flexWrap: 'wrap' }}>
          <ActionButton size="small" variant="outlined" startIcon={<UploadFile />} onClick={() => fileInput.current?.click()}>
            Choose file…
          </ActionButton>
          <Typography variant="body2" color="text.secondary">
            {source ? `Read from ${source}.` : 'or drop a file here.'}
          </Typography>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label="File to import"
            accept=".json,.yaml,.yml,.template,.txt,application/json,application/yaml,text/yaml,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openFile(file);
            }}
          />
        </Box>
        <Box aria-live="polite" sx={{ mt: 2 }} data-testid="import-result">
          <ReadingView reading={reading} />
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Box sx={{ flex: 1 }} />
        {rules && rules.length > 0 && <AddRulesButton rules={rules} onDone={onClose} />}
        <Button onClick={() => apply('add')} disabled={!imported} title={IMPORT_APPLY_MODES.add}>
          Add to design
        </Button>
        <Button variant="contained" onClick={() => apply('replace')} disabled={!imported} title={IMPORT_APPLY_MODES.replace}>
          Replace design
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** For a lifecycle policy: its rules added to the repository the form shows. */
function AddRulesButton({ rules, onDone }: { rules: NonNullable<ImportAnswer['result']['lifecycleRules']>; onDone: () => void }) {
  const selected = useSelectedIndex();
  const repository = useDesign().repositories[selected];
  if (!repository) return null;
  return (
    <Button
      onClick={() => {
        addLifecycleRules(selected, rules);
        notify(`Added ${count(rules.length, 'rule', 'rules')} to ${repository.id}.`, 'success', true);
        onDone();
      }}
    >
      Add rules to {repository.id}
    </Button>
  );
}

function ReadingView({ reading }: { reading: Reading }) {
  switch (reading.state) {
    case 'empty':
      return null;
    case 'reading':
      return (
        <Box>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            Reading…
          </Typography>
          <LinearProgress aria-label="Reading the text" />
        </Box>
      );
    case 'failed':
      return (
        <Callout severity="error" title="Nothing can be imported">
          {reading.message} Your design is unchanged.
        </Callout>
      );
    case 'read':
      return <SummaryView summary={reading.answer.summary} />;
  }
}

function SummaryView({ summary }: { summary: ImportSummary }) {
  const notImported = summary.counts.warning;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {summary.recognised && (
        <Typography variant="body2" data-testid="import-kind">
          Recognised: {summary.recognised}.
        </Typography>
      )}
      {summary.error !== undefined ? (
        <Callout severity="error" title="Nothing can be imported">
          {summary.error} Your design is unchanged.
        </Callout>
      ) : (
        <Box component="section" aria-label="Repositories found">
          <Typography variant="subtitle2" component="h3">
            {count(summary.repositories.length, 'repository', 'repositories')} found
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="import-repositories">
            {summary.repositories.map((r) => (
              <li key={r.id}>
                <Typography variant="body2" component="span" sx={{ fontFamily: 'var(--mono-font)' }}>
                  {r.id}
                </Typography>
                <Typography variant="body2" component="span" color="text.secondary">
                  {r.repositoryName !== undefined ? ` — ${r.repositoryName}` : ' — name chosen by CloudFormation'}
                  {r.lifecycleRules > 0 ? `, ${count(r.lifecycleRules, 'lifecycle rule', 'lifecycle rules')}` : ''}
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
      {summary.groups.length > 0 && summary.error === undefined && (
        <Box component="section" aria-label="Not imported" data-testid="import-problems">
          <Typography variant="subtitle2" component="h3">
            {notImported > 0 ? `${count(notImported, 'thing', 'things')} not imported` : 'Notes'}
            {summary.counts.info > 0 && notImported > 0 ? `, ${count(summary.counts.info, 'note', 'notes')}` : ''}
          </Typography>
          {summary.groups.map((group) => (
            <Box key={group.title} component="section" aria-label={group.title} sx={{ mt: 1 }}>
              <Typography variant="body2" component="h4" sx={{ fontWeight: 600, fontFamily: group.resource === undefined ? undefined : 'var(--mono-font)' }}>
                {group.title}
              </Typography>
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
                {group.problems.map((p, i) => (
                  <Callout key={i} severity={p.severity} data-diagnostic-code={p.code}>
                    {formatImportProblem(p)}
                  </Callout>
                ))}
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
