import type { ComponentType } from 'react';
import { Box, Button, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import PostAddIcon from '@mui/icons-material/PostAdd';
import InboxIcon from '@mui/icons-material/MoveToInboxOutlined';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import { useGetIdentity, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { RoleCode } from '../shared/codes';

interface Welcome {
  role: RoleCode;
  key: string;
  to: string;
  icon: ComponentType;
}

const WELCOMES: Welcome[] = [
  { role: 'CLERK', key: 'clerk', to: '/intake', icon: PostAddIcon },
  { role: 'AGENT', key: 'agent', to: '/intake', icon: PostAddIcon },
  { role: 'APPROVER', key: 'approver', to: '/inbox', icon: InboxIcon },
  { role: 'DESIGNER', key: 'designer', to: '/procedures', icon: AccountTreeIcon },
];

/** Staff without the dashboard get a short welcome for each of their roles with the way to their work. */
export const RoleWelcome = ({ roles }: { roles: readonly string[] }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const mine = WELCOMES.filter((w) => roles.includes(w.role));
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 960 }} data-testid="role-welcome">
      <Box>
        <Typography variant="h5" component="h1">
          {translate('ow.dashboard.welcomeUser', { name: identity?.fullName ?? '' })}
        </Typography>
        <Typography color="text.secondary">{translate('ow.dashboard.welcome')}</Typography>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(280px, 1fr))' },
        }}
      >
        {mine.map(({ key, to, icon: Icon }) => (
          <Card key={key} variant="outlined">
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, color: 'primary.main' }}>
                <Icon />
                <Typography variant="h6" component="h2">
                  {translate(`ow.dashboard.roles.${key}.title`)}
                </Typography>
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {translate(`ow.dashboard.roles.${key}.text`)}
              </Typography>
            </CardContent>
            <CardActions>
              <Button component={Link} to={to} variant="contained" data-testid={`welcome-${key}`}>
                {translate(`ow.dashboard.roles.${key}.action`)}
              </Button>
            </CardActions>
          </Card>
        ))}
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, color: 'primary.main' }}>
              <MenuBookIcon />
              <Typography variant="h6" component="h2">
                {translate('ow.dashboard.roles.catalogue.title')}
              </Typography>
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {translate('ow.dashboard.roles.catalogue.text')}
            </Typography>
          </CardContent>
          <CardActions>
            <Button component={Link} to="/items">
              {translate('ow.dashboard.roles.catalogue.action')}
            </Button>
          </CardActions>
        </Card>
      </Box>
    </Stack>
  );
};
