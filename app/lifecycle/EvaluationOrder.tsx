import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { type LifecycleRuleRow, describeLifecycleRule } from '@ecr-designer/model';

export interface EvaluationOrderProps {
  /** Rows in ECR's evaluation order. */
  rows: LifecycleRuleRow[];
  /** The display position of a row (its "Rule N" name). */
  positionOf: (row: LifecycleRuleRow) => number;
}

interface Entry {
  key: number;
  priority: number;
  text: string;
}

/** The order ECR evaluates the rules in, by priority: a rule can only expire images no earlier rule selected. */
export function EvaluationOrder({ rows, positionOf }: EvaluationOrderProps) {
  const entries = rows.map((row) => ({ key: row.index, priority: row.priority, text: `Rule ${positionOf(row)} · ${describeLifecycleRule(row.rule, row.tagStatus)}` }));
  // Most edits (a description, a prefix being typed) do not change what this list says.
  const signature = entries.map((e) => `${e.key}\u0000${e.priority}\u0000${e.text}`).join('\u0001');
  return <OrderList entries={entries} signature={signature} />;
}

const OrderList = memo(
  function OrderList({ entries }: { entries: Entry[]; signature: string }) {
    const headingId = useId();
    return (
      <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, px: 1.5, py: 1 }}>
        <Typography id={headingId} variant="caption" component="h4" color="text.secondary" sx={{ fontWeight: 600 }}>
          ECR evaluates the rules in this order
        </Typography>
        <Box component="ol" aria-labelledby={headingId} data-testid="evaluation-order" sx={{ m: 0, pl: 3 }}>
          {entries.map((e) => (
            <Typography component="li" variant="body2" key={e.key} sx={{ overflowWrap: 'anywhere' }}>
              <strong>Priority {e.priority}</strong> · {e.text}
            </Typography>
          ))}
        </Box>
      </Box>
    );
  },
  (a, b) => a.signature === b.signature,
);
