import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DetailLine } from './element-details';

export interface SelectedElement {
  id: string;
  name?: string;
  type: string;
  lines: DetailLine[];
}

/** Read-only details of the element chosen in the version viewer. */
export const ElementDetails = ({ element }: { element: SelectedElement | null }) => {
  const translate = useTranslate();
  return (
    <Box className="ow-properties" sx={{ p: 2 }} data-testid="element-details">
      {!element && (
        <Typography variant="body2" color="text.secondary">
          {translate('ow.designer.viewer.selectHint')}
        </Typography>
      )}
      {element && (
        <>
          <Typography variant="subtitle1">{element.name || element.id}</Typography>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 2 }}>
            {element.type.replace(/^bpmn:/, '')} · {element.id}
          </Typography>
          {element.lines.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {translate('ow.designer.viewer.noSettings')}
            </Typography>
          )}
          {element.lines.map((line, i) => (
            <Box key={i} sx={{ mb: 1.5 }}>
              <Typography variant="caption" color="text.secondary">
                {translate(line.label)}
              </Typography>
              <Typography variant="body2">
                {line.translated ? translate(line.value, { _: line.value.split('.').pop() }) : line.value}
              </Typography>
            </Box>
          ))}
        </>
      )}
    </Box>
  );
};
