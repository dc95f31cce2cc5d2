import { Edit, useNotify } from 'react-admin';
import { ErrorState } from '../layout/States';
import { ItemForm } from './ItemForm';
import { guideBody } from './transform';
import type { ItemDetail } from './types';

export const ItemEdit = () => {
  const notify = useNotify();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={(data: ItemDetail) => guideBody(data)}
      mutationOptions={{ onSuccess: () => notify('resources.items.notifications.saved', { type: 'success' }) }}
      redirect="show"
      error={<ErrorState />}
    >
      <ItemForm />
    </Edit>
  );
};
