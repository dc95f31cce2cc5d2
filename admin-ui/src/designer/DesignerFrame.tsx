import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** The frame of the designer and of the version viewer: the page's height below the app bar, one bordered card. */
export const DesignerFrame = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'flex',
      flexDirection: 'column',
      height: 'calc(100vh - 112px)',
      minHeight: 480,
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
      overflow: 'hidden',
    }}
  >
    {children}
  </Box>
);
