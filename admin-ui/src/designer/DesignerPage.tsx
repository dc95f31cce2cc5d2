import { Loading, Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import { useCanDesign } from '../procedures/useCanDesign';
import { useProcedureDetail } from '../procedures/useProcedureDetail';
import { DesignerWorkspace } from './DesignerWorkspace';

/** /procedures/:id/design — the BPMN designer for the procedure's draft. */
export const DesignerPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const canWrite = useCanDesign();
  const { data, isPending, error, refetch } = useProcedureDetail(id);
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorState detail={error?.message} onRetry={() => void refetch()} />;
  return (
    <>
      <Title title={translate('ow.designer.title', { name: data.name })} />
      <DesignerWorkspace key={data.id} procedure={data} canWrite={canWrite} onChanged={() => void refetch()} />
    </>
  );
};
