import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { useLogin, useTranslate } from 'react-admin';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';

/** The sign-in page: product name, username and password, locale switch. */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  /** the i18n key of the last failure: wrong credentials, or too many attempts (429) */
  const [failed, setFailed] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailed(null);
    try {
      await login({ username, password });
    } catch (error) {
      setFailed((error as { status?: number })?.status === 429 ? 'ow.login.tooMany' : 'ow.login.failed');
      setBusy(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #0d47a1 0%, #1976d2 55%, #42a5f5 100%)',
      }}
    >
      <Box sx={{ position: 'absolute', top: 12, right: 16, color: '#fff' }}>
        <LocaleSwitcher />
      </Box>
      <Card sx={{ width: 400, maxWidth: '92vw' }} elevation={8}>
        <CardContent sx={{ p: 4 }}>
          <Stack spacing={1} sx={{ mb: 3, alignItems: 'center' }}>
            <AccountBalanceIcon color="primary" sx={{ fontSize: 48 }} />
            <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
              {translate('ow.layout.productName')}
            </Typography>
            <Typography variant="body2" color="text.secondary" align="center">
              {translate('ow.layout.productTagline')}
            </Typography>
          </Stack>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {translate('ow.login.subtitle')}
          </Typography>
          <form onSubmit={submit} noValidate>
            <Stack spacing={2}>
              {failed && <Alert severity="error">{translate(failed)}</Alert>}
              <TextField
                name="username"
                label={translate('ow.login.username')}
                value={username}
                autoComplete="username"
                autoFocus
                required
                onChange={(e) => setUsername(e.target.value)}
              />
              <TextField
                name="password"
                type="password"
                label={translate('ow.login.password')}
                value={password}
                autoComplete="current-password"
                required
                onChange={(e) => setPassword(e.target.value)}
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={busy || !username || !password}
                startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {translate('ow.login.submit')}
              </Button>
            </Stack>
          </form>
          <Typography variant="caption" color="text.secondary" component="p" align="center" sx={{ mt: 3 }}>
            {translate('ow.login.footer')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
};
