import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NoticeBell } from '../notices/NoticeBell';

/** Product name, the page title, the notices' bell, the locale switch and the user menu. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      toolbar={
        <>
          <NoticeBell />
          <LocaleSwitcher />
          <LoadingIndicator />
        </>
      }
    >
      <Typography variant="h6" component="span" sx={{ fontWeight: 600, mr: 2, whiteSpace: 'nowrap' }}>
        {translate('ow.layout.productName')}
      </Typography>
      <Box component="span" sx={{ opacity: 0.5, mr: 2 }}>
        |
      </Box>
      <TitlePortal variant="subtitle1" />
    </RaAppBar>
  );
};
