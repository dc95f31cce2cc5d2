import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Chip, Skeleton, Stack } from '@mui/material';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import owDescriptor from '../../../bpmn/moddle/onewindow.json';
import { ErrorState } from '../layout/States';
import type { MatterDataProvider } from './dataProvider';
import type { MatterDiagram } from './types';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './diagram.css';

const DiagramCanvas = ({ diagram }: { diagram: MatterDiagram }) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current!, moddleExtensions: { ow: owDescriptor } });
    let alive = true;
    viewer
      .importXML(diagram.xml)
      .then(() => {
        if (!alive) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        const mark = (ids: string[], marker: string) =>
          ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
        mark(
          diagram.completedNodeIds.filter((id) => !diagram.activeNodeIds.includes(id)),
          'ow-step-completed',
        );
        mark(diagram.activeNodeIds, 'ow-step-active');
        canvas.zoom('fit-viewport', 'auto' as never);
      })
      .catch((e: Error) => alive && setError(e.message));
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [diagram]);
  return (
    <>
      {error && <Alert severity="error">{translate('ow.matters.diagram.loadFailed', { message: error })}</Alert>}
      <div className="ow-matter-diagram" ref={container} data-testid="matter-diagram" />
    </>
  );
};

/** The procedure diagram of the matter with its progress (bpmn-js NavigatedViewer: pan and zoom, read-only). */
export const MatterDiagramView = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MatterDataProvider>();
  const diagram = useQuery({
    queryKey: ['matter-diagram', matterId],
    queryFn: () => dataProvider.getMatterDiagram(matterId),
    refetchOnWindowFocus: false,
  });
  if (diagram.isPending) return <Skeleton variant="rectangular" height={420} />;
  if (diagram.error)
    return (
      <ErrorState
        message="ow.matters.diagram.unavailable"
        detail={diagram.error.message}
        onRetry={() => void diagram.refetch()}
      />
    );
  return (
    <Box>
      <DiagramCanvas diagram={diagram.data} />
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Chip
          size="small"
          sx={{ bgcolor: '#e8f5e9', border: '2px solid #2e7d32' }}
          label={translate('ow.matters.diagram.completed')}
        />
        <Chip
          size="small"
          sx={{ bgcolor: '#fff3e0', border: '2px solid #ed6c02' }}
          label={translate('ow.matters.diagram.active')}
        />
      </Stack>
    </Box>
  );
};
