import { Create } from 'react-admin';
import { ItemForm } from './ItemForm';
import { guideBody } from './transform';
import type { ItemDetail } from './types';
import { STATUTORY_DECISION_WORKING_DAYS } from '../../../domain/legal-limits';

const defaults = {
  kind: 'PROMISED',
  active: true,
  promisedDays: 5,
  statutoryDays: STATUTORY_DECISION_WORKING_DAYS,
  deliveryMethods: ['ONSITE'],
  coDepartmentCodes: [],
  materials: [],
  feeText: '不收费',
};

export const ItemCreate = () => (
  <Create transform={(data: ItemDetail) => guideBody(data, true)} redirect="show" title="resources.items.titles.create">
    <ItemForm creating defaultValues={defaults} />
  </Create>
);
