import { useState } from 'react';
import { Loading, Title, useGetList, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import { useCanDesign } from '../procedures/useCanDesign';
import { useProcedureDetail } from '../procedures/useProcedureDetail';
import { useDepartments } from '../shared/useDepartments';
import { DesignerWorkspace } from './DesignerWorkspace';
import type { ProcedureSummary } from '../procedures/types';

/** /procedures/:id/design — the BPMN designer for the procedure's draft. */
export const DesignerPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const canWrite = useCanDesign();
  const { data, isPending, error, refetch } = useProcedureDetail(id);
  // a restored version replaces the draft: the workspace opens anew on it (a save does not reopen it)
  const [opening, setOpening] = useState(0);
  // the candidate picker and the live check need the centre's departments before the first paint
  const { departments, nameOf, error: departmentsError, refetch: refetchDepartments } = useDepartments();
  // what a call activity may run: the published procedures but this one
  const { data: listed } = useGetList<ProcedureSummary>('procedures', { pagination: { page: 1, perPage: 100 } });
  const callable = (listed ?? [])
    .filter((p) => p.id !== id && p.latestVersion !== null)
    .map((p) => ({ key: p.key, name: p.name, latestVersion: p.latestVersion! }));
  if (departmentsError)
    return <ErrorState detail={departmentsError.message} onRetry={() => void refetchDepartments()} />;
  if (isPending || !departments) return <Loading />;
  if (error || !data) return <ErrorState detail={error?.message} onRetry={() => void refetch()} />;
  const active = departments.filter((d) => d.active).map((d) => ({ code: d.code, label: nameOf(d.code) ?? d.code }));
  return (
    <>
      <Title title={translate('ow.designer.title', { name: data.name })} />
      <DesignerWorkspace
        key={`${data.id}-${opening}`}
        procedure={data}
        departments={active}
        procedures={callable}
        canWrite={canWrite}
        onChanged={() => void refetch()}
        onRestored={() => void refetch().then(() => setOpening((n) => n + 1))}
      />
    </>
  );
};
