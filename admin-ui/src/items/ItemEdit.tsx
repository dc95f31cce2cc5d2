import { Edit, useNotify, useRedirect } from 'react-admin';
import { ErrorState } from '../layout/States';
import { RecordTitle } from '../shared/RecordTitle';
import { ItemForm } from './ItemForm';
import { guideBody } from './transform';
import type { ItemDetail } from './types';

export const ItemEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      title={<RecordTitle prefix="resources.items.titles.edit" field="name" />}
      mutationMode="pessimistic"
      transform={(data: ItemDetail) => guideBody(data)}
      mutationOptions={{
        onSuccess: (item: ItemDetail) => {
          notify('resources.items.notifications.saved', { type: 'success' });
          redirect('show', 'items', item.id);
        },
      }}
      error={<ErrorState />}
    >
      <ItemForm />
    </Edit>
  );
};
