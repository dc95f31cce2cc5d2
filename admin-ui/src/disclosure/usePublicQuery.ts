import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { DisclosureDataProvider } from './dataProvider';

/** One public read; a refused or failed one is shown, not retried behind the reader's back (the rate limit counts). */
export function usePublicQuery<T>(key: unknown[], read: (dp: DisclosureDataProvider) => Promise<T>) {
  const dataProvider = useDataProvider<DisclosureDataProvider>();
  return useQuery({ queryKey: ['open', ...key], queryFn: () => read(dataProvider), retry: false, staleTime: 60_000 });
}

/** The message key for a failed public read. */
export function publicError(error: unknown): string {
  const status = (error as { status?: number } | null)?.status;
  if (status === 404) return 'ow.open.errors.notFound';
  if (status === 429) return 'ow.open.errors.tooMany';
  return 'ow.open.errors.failed';
}
