import { Chip, type ChipProps } from '@mui/material';
import type { CodeGroup } from './codes';
import { useCodeLabel } from './useCodeLabel';

const KIND_COLORS: Record<string, ChipProps['color']> = {
  IMMEDIATE: 'success',
  PROMISED: 'primary',
  JOINT: 'secondary',
  REPORTED: 'info',
};

/** A small chip with a code's label (case kind, role, department, delivery method). */
export const CodeChip = ({
  group,
  code,
  variant = 'outlined',
}: {
  group: CodeGroup;
  code: string;
  variant?: ChipProps['variant'];
}) => {
  const label = useCodeLabel();
  const color = group === 'kinds' ? (KIND_COLORS[code] ?? 'default') : 'default';
  return <Chip size="small" variant={variant} color={color} label={label(group, code)} />;
};

export const CodeChips = ({ group, codes }: { group: CodeGroup; codes: readonly string[] | null | undefined }) => (
  <>
    {(codes ?? []).map((code) => (
      <span key={code} style={{ marginRight: 4 }}>
        <CodeChip group={group} code={code} />
      </span>
    ))}
  </>
);
