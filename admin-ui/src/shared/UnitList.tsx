import type { ReactNode } from 'react';
import { CreateButton, DataTable, List, TopToolbar } from 'react-admin';
import { EmptyState, ErrorState } from '../layout/States';

/**
 * An organisation unit's list for admins (departments, windows, stations): the whole list at once, inactive ones
 * too, sorted by code, a create button; a row opens its edit page. `children` are the DataTable's columns.
 */
export function UnitList({
  resource,
  filter,
  children,
}: {
  resource: string;
  filter?: Record<string, unknown>;
  children: ReactNode;
}) {
  return (
    <List
      filter={filter}
      empty={<EmptyState message={`resources.${resource}.empty`} />}
      error={<ErrorState message={`resources.${resource}.error`} />}
      pagination={false}
      perPage={1000}
      sort={{ field: 'code', order: 'ASC' }}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <DataTable bulkActionButtons={false} rowClick="edit">
        {children}
      </DataTable>
    </List>
  );
}
