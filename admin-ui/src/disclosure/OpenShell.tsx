import type { ReactNode } from 'react';
import { Box, Container, Tab, Tabs, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';

/** The public pages' tabs; a page that is not one of them (an item's guide) highlights its parent. */
export const OPEN_TABS = [
  { to: '/open', label: 'ow.open.tabs.guide' },
  { to: '/open/agents', label: 'ow.open.tabs.agents' },
  { to: '/open/results', label: 'ow.open.tabs.results' },
  { to: '/open/complaint', label: 'ow.open.tabs.complaint' },
] as const;

function currentTab(pathname: string): string {
  const exact = OPEN_TABS.find((t) => t.to === pathname);
  return exact?.to ?? '/open';
}

/** 办事公开's frame: phone first (one column, large touch targets), the centre's name, the tabs, the language switch. */
export const OpenShell = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: '#f3f6f9' }}>
      <title>{translate(title)}</title>
      <Box sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
        <Container maxWidth="md" sx={{ display: 'flex', alignItems: 'center', py: 1.5 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
              {translate('ow.open.title')}
            </Typography>
            <Typography variant="caption">{translate('ow.open.subtitle')}</Typography>
          </Box>
          <LocaleSwitcher />
        </Container>
        <Container maxWidth="md">
          <Tabs
            value={currentTab(pathname)}
            variant="fullWidth"
            textColor="inherit"
            slotProps={{ indicator: { sx: { bgcolor: 'common.white' } } }}
          >
            {OPEN_TABS.map((t) => (
              <Tab
                key={t.to}
                value={t.to}
                label={translate(t.label)}
                component={Link}
                to={t.to}
                sx={{ minHeight: 48, px: 0.5 }}
                data-testid={`open-tab-${t.to.split('/').pop()}`}
              />
            ))}
          </Tabs>
        </Container>
      </Box>
      <Container maxWidth="md" sx={{ py: 2 }}>
        {children}
      </Container>
    </Box>
  );
};
