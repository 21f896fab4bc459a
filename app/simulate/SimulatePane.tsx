import { memo, useDeferredValue, useId, useMemo, useRef } from 'react';
import FileOpen from '@mui/icons-material/FileOpenOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Slider from '@mui/material/Slider';
import Typography from '@mui/material/Typography';
import {
  type Design,
  type Diagnostic,
  type ImageSource,
  type LifecycleRule,
  type SimulationResult,
  type SyntheticParams,
  MAX_IMAGES_TEXT_LENGTH,
  describeReplayStep,
  formatBytes,
  formatDay,
  formatEvaluationDate,
  policyWarningPath,
  readEvaluationDate,
  readSyntheticParams,
  syntheticParamFields,
  tagSchemeLabels,
  verdictFilterLabels,
  verdictRows,
} from '@ecr-designer/model';
import { focusField } from '../diagnostics/navigate.ts';
import { ChoiceToggle } from '../fields/ChoiceToggle.tsx';
import { DiagnosticMessages } from '../fields/DiagnosticMessages.tsx';
import { Field } from '../fields/Field.tsx';
import { hasError } from '../fields/useFieldDiagnostics.ts';
import { useDesign, useSelectedIndex } from '../store/designStore.ts';
import { notify } from '../store/uiStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { Callout } from '../ui/Callout.tsx';
import { Segmented } from '../ui/Segmented.tsx';
import {
  type ImagesInput,
  setDay,
  setEvaluationDate,
  setFilter,
  setImagesInput,
  setPasted,
  setSort,
  setSyntheticParam,
  useSimulateStore,
} from './simulateStore.ts';
import { useSimulation } from './useSimulation.ts';
import { VerdictTable } from './VerdictTable.tsx';

const NO_RULES: LifecycleRule[] = [];
const INPUT_LABELS: Record<ImagesInput, string> = { synthetic: 'Synthetic', 'describe-images': 'describe-images' };
const INPUT_HINTS: Record<ImagesInput, string> = {
  synthetic: 'A generated, reproducible history of pushes and pulls',
  'describe-images': 'The output of aws ecr describe-images for a real repository',
};
const NUMERIC_PARAMS = Object.keys(syntheticParamFields) as (keyof typeof syntheticParamFields)[];
const MAX_SHOWN_PROBLEMS = 8;

/** The index of the timeline day nearest to `day` (the last when there is none). */
function nearestIndex(timeline: readonly number[], day: number | undefined): number {
  if (day === undefined) return Math.max(0, timeline.length - 1);
  let best = 0;
  timeline.forEach((t, i) => {
    if (Math.abs(t - day) < Math.abs((timeline[best] as number) - day)) best = i;
  });
  return best;
}

/** The input's problems, each titled with the place in the JSON it concerns. */
function located(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const shown = diagnostics.slice(0, MAX_SHOWN_PROBLEMS).map((d) => (d.path ? { ...d, message: `${d.path}: ${d.message}` } : d));
  const more = diagnostics.length - shown.length;
  if (more > 0) shown.push({ path: '', severity: 'info', code: 'More', source: 'designer', message: `… and ${more} more.` });
  return shown;
}

function SyntheticFields({ params, diagnostics }: { params: SyntheticParams; diagnostics: readonly Diagnostic[] }) {
  const tagsLabel = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(118px, 1fr))', gap: 1.5, alignItems: 'start' }}>
        {NUMERIC_PARAMS.map((key) => {
          const field = syntheticParamFields[key];
          const own = diagnostics.filter((d) => d.path === key);
          return (
            <Field
              key={key}
              id={`simulate-${key}`}
              label={field.label}
              value={params[key]}
              onChange={(e) => setSyntheticParam(key, e.target.value)}
              error={hasError(own)}
              // The help is the input's title (a tooltip, and its accessible description); problems show below.
              helperText={own.length > 0 ? <DiagnosticMessages diagnostics={own} /> : undefined}
              inputAttributes={{ inputMode: 'decimal', autoComplete: 'off', title: field.help }}
              endAdornment={field.unit ? <span style={{ opacity: 0.75 }}>{field.unit}</span> : undefined}
            />
          );
        })}
      </Box>
      <Box role="group" aria-labelledby={tagsLabel} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5 }}>
        <Typography id={tagsLabel} variant="body2" sx={{ fontWeight: 500, mr: 0.5 }}>
          Tags
        </Typography>
        {(Object.keys(tagSchemeLabels) as (keyof typeof tagSchemeLabels)[]).map((key) => (
          <FormControlLabel
            key={key}
            title={tagSchemeLabels[key].help}
            control={<Checkbox size="small" checked={params[key]} onChange={(e) => setSyntheticParam(key, e.target.checked)} />}
            label={<Typography variant="body2" sx={{ fontFamily: 'var(--mono-font)' }}>{tagSchemeLabels[key].label}</Typography>}
            sx={{ mr: 0 }}
          />
        ))}
      </Box>
    </Box>
  );
}

/** Reads a dropped or opened describe-images file into the paste field. */
async function readImagesFile(file: File | undefined): Promise<void> {
  if (!file) return;
  if (file.size > MAX_IMAGES_TEXT_LENGTH) {
    notify(`${file.name} has ${file.size} bytes; describe-images output of at most ${MAX_IMAGES_TEXT_LENGTH} bytes is read.`, 'error');
    return;
  }
  setPasted(await file.text());
}

function PasteField({ text, diagnostics }: { text: string; diagnostics: readonly Diagnostic[] }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const read = readImagesFile;
  return (
    <Box
      onDragOver={(e: React.DragEvent) => e.preventDefault()}
      onDrop={(e: React.DragEvent) => {
        e.preventDefault();
        void read(e.dataTransfer.files[0]);
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Field
        id="simulate-images"
        label="Output of aws ecr describe-images (JSON)"
        multiline
        value={text}
        onChange={(e) => setPasted(e.target.value)}
        error={hasError(diagnostics)}
        helperText={
          diagnostics.length > 0 ? (
            <DiagnosticMessages diagnostics={located(diagnostics)} />
          ) : (
            'Paste the JSON that `aws ecr describe-images --repository-name <name>` prints, or drop the file here.'
          )
        }
        placeholder='{"imageDetails": [{"imageDigest": "sha256:…", "imageTags": ["v1.2.0"], "imagePushedAt": "2026-01-01T12:00:00+00:00", …}]}'
        inputAttributes={{ spellCheck: false, autoComplete: 'off', style: { fontFamily: 'var(--mono-font)', fontSize: '0.75rem', minHeight: '7.5em' } }}
      />
      <Box>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="describe-images file"
          hidden
          onChange={(e) => {
            void read(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <ActionButton size="small" variant="outlined" startIcon={<FileOpen />} onClick={() => fileInput.current?.click()}>
          Open a file…
        </ActionButton>
      </Box>
    </Box>
  );
}

function Totals({ result }: { result: SimulationResult }) {
  const s = result.summary;
  const figures = [
    { key: 'kept', count: s.kept, bytes: s.keptBytes },
    { key: 'expired', count: s.expired, bytes: s.expiredBytes },
    { key: 'archived', count: s.archived, bytes: s.archivedBytes },
  ] as const;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box component="dl" sx={{ display: 'flex', gap: 3, m: 0, flexWrap: 'wrap' }}>
        {figures.map((f) => (
          <Box key={f.key}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {verdictFilterLabels[f.key]}
            </Typography>
            <Typography component="dd" variant="body1" sx={{ m: 0, fontWeight: 600 }}>
              <span data-testid={`count-${f.key}`}>{f.count}</span>{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                ({formatBytes(f.bytes)})
              </Typography>
            </Typography>
          </Box>
        ))}
      </Box>
      {result.rules.length > 0 && (
        <Box component="table" aria-label="Totals per rule" sx={{ borderCollapse: 'collapse', typography: 'body2', '& th, & td': { textAlign: 'left', px: 1, py: 0.25, borderBottom: 1, borderColor: 'divider' }, '& td': { whiteSpace: 'nowrap' }, '& td.n': { textAlign: 'right' } }}>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Selects</th>
              <th scope="col">Decides</th>
              <th scope="col">Expires / archives</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {result.rules.map((r) => (
              <tr key={r.priority + ':' + r.index} data-rule-priority={r.priority}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  {r.label}
                </th>
                <td className="n">{r.selected}</td>
                <td className="n">{r.decided}</td>
                <td className="n" data-testid={`rule-acted-${r.priority}`}>
                  {r.acted} {r.action === 'expire' ? 'expired' : 'archived'}
                </td>
                <td className="n">{formatBytes(r.actedBytes)}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
    </Box>
  );
}

/**
 * The Simulate view: the selected repository's lifecycle rules run on images (a synthetic history
 * or pasted describe-images output) at an evaluation date, with a time slider over the days before
 * it, the verdict of every image and why, totals and the policy's warnings. Runs again on every
 * edit, in a Web Worker.
 */
export default function SimulatePane() {
  // One render behind the form; the body is memoized so that the form's own render (which still
  // sees the previous design here) stops at it instead of re-rendering the table.
  const design = useDeferredValue(useDesign());
  const selected = useSelectedIndex();
  return <SimulateBody design={design} selected={selected} />;
}

const SimulateBody = memo(function SimulateBody({ design, selected }: { design: Design; selected: number }) {
  const repo = design.repositories[selected];
  const rules = repo?.lifecycleRules ?? NO_RULES;
  const { input, params, pasted, atText, day, filter, sort } = useSimulateStore();
  const sliderLabel = useId();

  const date = useMemo(() => readEvaluationDate(atText), [atText]);
  const synthetic = useMemo(() => (date.at === undefined ? undefined : readSyntheticParams(params, date.at)), [params, date.at]);
  const source = useMemo((): ImageSource | undefined => {
    if (input === 'describe-images') return pasted.trim() === '' ? undefined : { kind: 'describe-images', text: pasted };
    return synthetic?.options ? { kind: 'synthetic', options: synthetic.options } : undefined;
  }, [input, pasted, synthetic]);
  const hasRepo = repo !== undefined;
  // The rules as the simulator reads them: without descriptions, so that typing one does not run
  // the simulation again (the same rules, by content, keep the same request).
  const simulatedKey = JSON.stringify(rules, (k: string, v: unknown) => (k === 'description' ? undefined : v));
  const simulatedRules = useMemo(() => JSON.parse(simulatedKey) as LifecycleRule[], [simulatedKey]);
  // Only what the simulation reads: renaming the repository, say, does not run it again.
  const request = useMemo(
    () => (source && date.at !== undefined && hasRepo ? { rules: simulatedRules, source, at: date.at, ...(day === undefined ? {} : { day }) } : undefined),
    [simulatedRules, source, date.at, day, hasRepo],
  );
  const { answer, replay, running, failure } = useSimulation(request);
  const current = request ? answer : undefined;
  const result = current?.result;
  const rows = useMemo(() => (result ? verdictRows(result.verdicts, filter, sort) : []), [result, filter, sort]);
  const timeline = current?.timeline ?? [];
  // The slider follows the day asked for (keys pressed while an answer is on its way add up); the
  // figures follow the day evaluated.
  const dayIndex = nearestIndex(timeline, day ?? current?.day);
  const shownIndex = nearestIndex(timeline, current?.day);
  const steps = replay && replay.steps.length === timeline.length ? replay.steps : undefined;
  const pasteProblems = input === 'describe-images' && current ? current.diagnostics : [];

  const counts = result
    ? { all: result.verdicts.length, kept: result.summary.kept, expired: result.summary.expired, archived: result.summary.archived }
    : undefined;
  const filterOptions = Object.fromEntries(
    Object.entries(verdictFilterLabels).map(([k, label]) => [k, counts ? `${label} ${counts[k as keyof typeof counts]}` : label]),
  ) as typeof verdictFilterLabels;
  const filterLabel = useId();

  return (
    <Box component="section" aria-label="Simulate" data-testid="simulate" aria-busy={running} sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, pt: 1, display: 'flex', flexDirection: 'column', gap: 1.5, '& > *': { flexShrink: 0 } }}>
      <Typography variant="body2" color="text.secondary">
        The lifecycle rules of <strong>{repo?.id ?? 'this repository'}</strong> ({rules.length === 1 ? '1 rule' : `${rules.length} rules`}) on images, evaluated as ECR does, in the browser.
      </Typography>

      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <ChoiceToggle<ImagesInput> label="Images" value={input} options={INPUT_LABELS} hints={INPUT_HINTS} onChange={setImagesInput} />
        <Field
          id="simulate-at"
          label="Evaluation date (UTC)"
          value={atText}
          onChange={(e) => setEvaluationDate(e.target.value)}
          error={date.diagnostics.length > 0}
          helperText={date.diagnostics.length > 0 ? <DiagnosticMessages diagnostics={date.diagnostics} /> : undefined}
          placeholder="2026-01-01T00:00:00Z"
          inputAttributes={{ spellCheck: false, autoComplete: 'off', title: 'ISO 8601, e.g. 2026-01-01T00:00:00Z', style: { fontFamily: 'var(--mono-font)' } }}
          endAdornment={
            <ActionButton size="small" onClick={() => setEvaluationDate(formatEvaluationDate(Date.now()))}>
              Now
            </ActionButton>
          }
          sx={{ flex: '1 1 230px' }}
        />
      </Box>

      {input === 'synthetic' ? <SyntheticFields params={params} diagnostics={synthetic?.diagnostics ?? []} /> : <PasteField text={pasted} diagnostics={pasteProblems} />}

      {failure && <Callout severity="error">The simulator failed: {failure}</Callout>}
      {!repo && <Callout severity="info">Add a repository to simulate its lifecycle rules.</Callout>}
      {repo && rules.length === 0 && <Callout severity="info">This repository has no lifecycle rules yet, so every image is kept. Add rules in the form; the simulation follows every edit.</Callout>}

      {current && result && (
        <>
          <Box>
            <Typography id={sliderLabel} variant="body2" sx={{ fontWeight: 500 }}>
              Day: <span data-testid="simulate-day">{formatDay(current.day)}</span>
              {current.day === timeline[timeline.length - 1] ? ' (the evaluation date)' : ''}
            </Typography>
            <Box sx={{ px: 1 }}>
              <Slider
                aria-labelledby={sliderLabel}
                min={0}
                max={Math.max(0, timeline.length - 1)}
                step={1}
                value={dayIndex}
                disabled={timeline.length < 2}
                onChange={(_, v) => setDay(timeline[v as number])}
                getAriaValueText={(i) => formatDay(timeline[i] ?? current.day)}
                size="small"
              />
            </Box>
            <Typography variant="body2" color="text.secondary" data-testid="replay-reading" aria-live="polite">
              {steps ? describeReplayStep(steps, shownIndex) : 'Replaying the policy day by day…'}
            </Typography>
          </Box>

          <Totals result={result} />

          {result.warnings.map((w, i) => (
            <Callout key={i} severity="warning" data-diagnostic-code={w.code}>
              {w.message}{' '}
              <ActionButton size="small" onClick={() => focusField(policyWarningPath(selected, w, rules[w.index]))} sx={{ minHeight: 24, px: 0.5, verticalAlign: 'baseline' }}>
                Go to rule {w.priority}
              </ActionButton>
            </Callout>
          ))}
          {result.notes.map((n, i) => (
            <Callout key={i} severity="info">
              {n}
            </Callout>
          ))}

          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography id={filterLabel} variant="body2" sx={{ fontWeight: 500 }}>
              Show
            </Typography>
            <Segmented value={filter} options={filterOptions} onChange={setFilter} aria-labelledby={filterLabel} />
          </Box>
          <VerdictTable rows={rows} sort={sort} onSort={setSort} />
        </>
      )}
      {request && !current && <Typography variant="body2" color="text.secondary">Simulating…</Typography>}
    </Box>
  );
});
