import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Chip, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import type { ProcedureDataProvider } from '../procedures/dataProvider';
import { useProcedureDetail } from '../procedures/useProcedureDetail';
import { useCanDesign } from '../procedures/useCanDesign';
import { RestoreVersionButton } from './RestoreVersionButton';
import { DesignerFrame } from './DesignerFrame';
import { moddleExtensions } from './modeler-options';
import { downloadText } from './download';
import { fitViewport } from './fit';
import { elementDetails } from './element-details';
import { ElementDetails, type SelectedElement } from './ElementDetails';
import type { Shape } from './ow-properties/extension';
import './bpmn-styles';
import { laidOut } from './auto-layout';

/** The diagram of a published version, read-only (pan and zoom); a click shows the element's settings. */
const ReadOnlyDiagram = ({ xml, onSelect }: { xml: string; onSelect(element: SelectedElement | null): void }) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current!, moddleExtensions });
    let alive = true;
    viewer.on('element.click', ({ element }: { element: Shape }) => {
      const bo = element.businessObject;
      onSelect(
        bo.$type === 'bpmn:Process'
          ? null
          : { id: element.id, name: bo.get('name'), type: bo.$type, lines: elementDetails(bo) },
      );
    });
    laidOut(xml)
      .then(({ xml: drawn }) => viewer.importXML(drawn))
      .then(() => alive && fitViewport(viewer))
      .catch((e: Error) => alive && setError(e.message));
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [xml, onSelect]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 }}>
      {error && <Alert severity="error">{translate('ow.designer.loadFailed', { message: error })}</Alert>}
      <div className="ow-canvas" ref={container} data-testid="version-viewer" />
    </Box>
  );
};

/** /procedures/:id/versions/:version — an old version, read-only, with export and a way back. */
export const VersionViewerPage = () => {
  const { id = '', version = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const procedure = useProcedureDetail(id);
  const [selected, setSelected] = useState<SelectedElement | null>(null);
  const canWrite = useCanDesign();
  const navigate = useNavigate();
  const detail = useQuery({
    queryKey: ['procedures', 'version', id, version],
    queryFn: () => dataProvider.getProcedureVersion(id, Number(version)),
  });
  if (procedure.isPending || detail.isPending) return <Loading />;
  if (procedure.error || detail.error || !procedure.data || !detail.data) {
    return <ErrorState detail={(procedure.error ?? detail.error)?.message} onRetry={() => void detail.refetch()} />;
  }
  const { data: p } = procedure;
  const v = detail.data;
  return (
    <DesignerFrame>
      <Title title={translate('ow.designer.viewerTitle', { name: p.name, version: v.version })} />
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          px: 1,
          py: 0.5,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Button size="small" component={Link} to={`/procedures/${id}/show`} startIcon={<ArrowBackIcon />}>
          {translate('ow.designer.toolbar.back')}
        </Button>
        <Button size="small" component={Link} to={`/procedures/${id}/design`} startIcon={<EditNoteIcon />}>
          {translate('ow.designer.toolbar.openDesigner')}
        </Button>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          onClick={() => downloadText(`${p.key}-v${v.version}.bpmn`, v.xml)}
        >
          {translate('ow.designer.toolbar.export')}
        </Button>
        {canWrite && (
          <RestoreVersionButton
            procedureId={id}
            version={v.version}
            onRestored={() => navigate(`/procedures/${id}/design`)}
          />
        )}
        <Box sx={{ flex: 1 }} />
        {v.changeNote && (
          <Typography variant="body2" color="text.secondary" data-testid="version-change-note" noWrap>
            {v.changeNote}
          </Typography>
        )}
        <Chip
          icon={<LockIcon />}
          color="info"
          data-testid="read-only-chip"
          label={`${translate('ow.designer.viewer.readOnly')} · ${translate('ow.designer.versions.item', { version: v.version, date: new Date(v.publishedAt).toLocaleString(locale) })}`}
        />
      </Box>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <ReadOnlyDiagram xml={v.xml} onSelect={setSelected} />
        <ElementDetails element={selected} />
      </Box>
    </DesignerFrame>
  );
};
