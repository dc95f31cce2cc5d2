import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** "第 n 页，共 m 条" with previous / next, under a hand-built table; the label and buttons are the page's i18n keys. */
export const Pager = ({
  page,
  perPage,
  total,
  onPage,
  messages,
}: {
  page: number;
  perPage: number;
  total: number;
  onPage(page: number): void;
  /** the prefix of the page's `page`, `previous` and `next` messages */
  messages: string;
}) => {
  const translate = useTranslate();
  const pages = Math.max(1, Math.ceil(total / perPage));
  return (
    <Stack direction="row" spacing={1} sx={{ p: 1, alignItems: 'center', justifyContent: 'flex-end' }}>
      <Typography variant="body2">{translate(`${messages}.page`, { page, total })}</Typography>
      <Button size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {translate(`${messages}.previous`)}
      </Button>
      <Button size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {translate(`${messages}.next`)}
      </Button>
    </Stack>
  );
};
