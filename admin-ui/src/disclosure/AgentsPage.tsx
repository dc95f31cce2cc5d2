import { Avatar, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import PhoneIcon from '@mui/icons-material/Phone';
import { useTranslate } from 'react-admin';
import { agentPhotoUrl } from './dataProvider';
import { OpenShell } from './OpenShell';
import { OpenStates } from './OpenStates';
import type { AgentCard } from './types';
import { usePublicQuery } from './usePublicQuery';

const AgentCardView = ({ agent }: { agent: AgentCard }) => (
  <Card variant="outlined" data-testid="agent-card">
    <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
      <Avatar
        src={agent.hasPhoto ? agentPhotoUrl(agent.id) : undefined}
        alt={agent.name}
        sx={{ width: 72, height: 72, fontSize: 28 }}
      >
        {agent.name.slice(0, 1)}
      </Avatar>
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>{agent.name}</Typography>
        <Typography variant="body2" color="text.secondary">
          {agent.stationName}
        </Typography>
        {agent.phone && (
          <Typography
            component="a"
            href={`tel:${agent.phone.replace(/[^\d]/g, '')}`}
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, minHeight: 44 }}
          >
            <PhoneIcon fontSize="small" />
            {agent.phone}
          </Typography>
        )}
        {agent.note && <Typography variant="body2">{agent.note}</Typography>}
      </Box>
    </CardContent>
  </Card>
);

/** #/open/agents — 代办员公示: name, photo, station and phone of every village agent. */
export const AgentsPage = () => {
  const translate = useTranslate();
  const agents = usePublicQuery(['agents'], (dp) => dp.getPublicAgents());
  return (
    <OpenShell title="ow.open.agents.title">
      <Stack spacing={2}>
        <Typography color="text.secondary">{translate('ow.open.agents.intro')}</Typography>
        <OpenStates isPending={agents.isPending} error={agents.error} />
        {agents.data?.map((a) => (
          <AgentCardView key={a.id} agent={a} />
        ))}
        {agents.data?.length === 0 && <Typography>{translate('ow.open.agents.none')}</Typography>}
      </Stack>
    </OpenShell>
  );
};
