import { Box, Button, Card, CardContent, CardHeader, Divider, Stack } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../layout/States';
import { restrictTo } from '../shared/RequireRole';
import { AgentCardEditor } from './AgentCardEditor';
import { CentreProfileForm } from './CentreProfileForm';
import type { CentreProfileDataProvider } from './dataProvider';

/** /centre-profile — what 办事公开 shows: the centre's particulars and the village agents' cards. */
const CentreProfileView = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CentreProfileDataProvider>();
  const profile = useQuery({ queryKey: ['centre-profile'], queryFn: () => dataProvider.getCentreProfile() });
  const agents = useQuery({ queryKey: ['agent-cards'], queryFn: () => dataProvider.getAgentCards() });
  if (profile.isPending || agents.isPending) return <Loading />;
  if (profile.error || agents.error || !profile.data || !agents.data)
    return <ErrorState message="ow.centreProfile.loadFailed" onRetry={() => void profile.refetch()} />;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, maxWidth: 1100 }}>
      <Title title="ow.centreProfile.title" />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" endIcon={<OpenInNewIcon />} href="#/open" target="_blank" rel="noopener">
          {translate('ow.centreProfile.openPublic')}
        </Button>
        <Button variant="outlined" endIcon={<OpenInNewIcon />} href="#/display" target="_blank" rel="noopener">
          {translate('ow.centreProfile.openDisplay')}
        </Button>
      </Box>
      <CentreProfileForm
        key={String(profile.data.updatedAt)}
        profile={profile.data}
        onSaved={() => void profile.refetch()}
      />
      <Card variant="outlined">
        <CardHeader
          title={translate('ow.centreProfile.agents')}
          subheader={translate('ow.centreProfile.agentsHint')}
          slotProps={{ title: { variant: 'subtitle1', component: 'h2' } }}
        />
        <CardContent>
          {agents.data.map((agent, i) => (
            <Box key={agent.id}>
              {i > 0 && <Divider />}
              <AgentCardEditor agent={agent} onSaved={() => void agents.refetch()} />
            </Box>
          ))}
        </CardContent>
      </Card>
    </Stack>
  );
};

export const CentreProfilePage = restrictTo(['ADMIN'], CentreProfileView);
