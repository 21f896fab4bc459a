import { useId } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { type LifecycleRuleRow, describeLifecycleRule } from '@ecr-designer/model';

export interface EvaluationOrderProps {
  /** Rows in ECR's evaluation order. */
  rows: LifecycleRuleRow[];
  /** The display position of a row (its "Rule N" name). */
  positionOf: (row: LifecycleRuleRow) => number;
}

/** The order ECR evaluates the rules in, by priority: a rule can only expire images no earlier rule selected. */
export function EvaluationOrder({ rows, positionOf }: EvaluationOrderProps) {
  const headingId = useId();
  return (
    <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, px: 1.5, py: 1 }}>
      <Typography id={headingId} variant="caption" component="h4" color="text.secondary" sx={{ fontWeight: 600 }}>
        ECR evaluates the rules in this order
      </Typography>
      <Box component="ol" aria-labelledby={headingId} data-testid="evaluation-order" sx={{ m: 0, pl: 3 }}>
        {rows.map((row) => (
          <Typography component="li" variant="body2" key={row.index} sx={{ overflowWrap: 'anywhere' }}>
            <strong>Priority {row.priority}</strong> · Rule {positionOf(row)} · {describeLifecycleRule(row.rule, row.tagStatus)}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
