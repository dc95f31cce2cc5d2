import { useDataProvider } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { PrintDataProvider, PrintDocument } from './dataProvider';

/** The data of one printed document, for `<PrintSheet query={…}>`. */
export function usePrintData<D extends PrintDocument>(name: D, id: string) {
  const dataProvider = useDataProvider<PrintDataProvider>();
  return useQuery({ queryKey: ['print', name, id], queryFn: () => dataProvider.getPrintData(name, id) });
}
