import { Alert, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { SectionCard } from '../matters/SectionCard';
import { formatInstant } from '../shared/chinaDate';
import type { FirstAskDataProvider } from './dataProvider';

/** 首问责任人 on the matter's page: the person first asked, who guides the applicant through the matter. */
export const MatterFirstAskSection = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<FirstAskDataProvider>();
  const first = useQuery({
    queryKey: ['first-ask', 'matter', matterId],
    queryFn: () => dataProvider.getMatterFirstAsk(matterId),
  });
  return (
    <SectionCard title="ow.firstAsk.section" testId="matter-first-ask">
      {first.error && <Alert severity="error">{first.error.message}</Alert>}
      {first.data === null && (
        <Typography variant="body2" color="text.secondary">
          {translate('ow.firstAsk.sectionNone')}
        </Typography>
      )}
      {first.data && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate('ow.firstAsk.guides', {
              name: first.data.responderName,
              channel: translate(`ow.firstAsk.channels.${first.data.channel}`),
              at: formatInstant(first.data.askedAt, locale),
            })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {first.data.question}
          </Typography>
        </>
      )}
    </SectionCard>
  );
};
