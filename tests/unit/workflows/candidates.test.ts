import { candidateDepartments } from '../../../workflows/candidates';
import type { MatterFacts } from '../../../workflows/procedure-contract';

const matter: MatterFacts = {
  matterId: 'm1',
  receiptNo: 'R1',
  kind: 'JOINT',
  itemCode: 'I1',
  viaAgent: false,
  acceptedDepartmentCode: 'WINDOW',
  leadDepartmentCode: 'MINZHENG',
  coDepartmentCodes: ['CANLIAN', 'WEIJIAN', 'CANLIAN'],
  promisedDays: 10,
};

test('placeholders resolve from the matter, a literal code stays, none means one task for anyone', () => {
  expect(candidateDepartments('$lead', matter)).toEqual(['MINZHENG']);
  expect(candidateDepartments('$accepting', matter)).toEqual(['WINDOW']);
  expect(candidateDepartments('$co', matter)).toEqual(['CANLIAN', 'WEIJIAN']);
  expect(candidateDepartments('ZIRAN', matter)).toEqual(['ZIRAN']);
  expect(candidateDepartments(undefined, matter)).toEqual([undefined]);
  expect(candidateDepartments('$co', { ...matter, coDepartmentCodes: [] })).toEqual([]);
});
