import { useDataProvider } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MaterialDataProvider } from './dataProvider';

/** Under the matter's keys, so every case action's refresh (['matters']) reloads the materials too. */
export const matterMaterialsKey = (matterId: string) => ['matters', 'materials', matterId];

export function useMatterMaterials(matterId: string) {
  const dataProvider = useDataProvider<MaterialDataProvider>();
  return useQuery({
    queryKey: matterMaterialsKey(matterId),
    queryFn: () => dataProvider.getMatterMaterials(matterId),
    refetchOnWindowFocus: false,
  });
}

/** After an upload or a mark: the materials, the matter's timeline and the lists reload. */
export function useRefreshMaterials() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['matters'] });
}
