import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Chip, IconButton, Skeleton, Stack, Tooltip } from '@mui/material';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import FitScreenIcon from '@mui/icons-material/FitScreen';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import owDescriptor from '../../../bpmn/moddle/onewindow.json';
import { ErrorState } from '../layout/States';
import type { MatterDataProvider } from './dataProvider';
import type { MatterDiagram, StepRecord } from './types';
import type { TaskRow } from '../tasks/types';
import { LABEL_FONT_SIZE, fitReadable, zoomBy } from './diagram-zoom';
import { DiagramStepDetails, type ClickedStep } from './DiagramStepDetails';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './diagram.css';
import { laidOut } from '../designer/auto-layout';

interface ClickedElement {
  id: string;
  businessObject: { $type: string; name?: string };
}

const DiagramCanvas = ({ diagram, onSelect }: { diagram: MatterDiagram; onSelect(step: ClickedStep | null): void }) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<NavigatedViewer | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const viewer = new NavigatedViewer({
      container: container.current!,
      moddleExtensions: { ow: owDescriptor },
      // bpmn-js draws labels at 12 / 11 px; a little larger, they stay readable at the zoom that fits a procedure
      textRenderer: { defaultStyle: { fontSize: LABEL_FONT_SIZE }, externalStyle: { fontSize: LABEL_FONT_SIZE - 1 } },
    });
    viewerRef.current = viewer;
    let alive = true;
    viewer.on('element.click', ({ element }: { element: ClickedElement }) => {
      const bo = element.businessObject;
      if (bo.$type === 'bpmn:Process' || bo.$type === 'bpmn:Collaboration') onSelect(null);
      else onSelect({ id: element.id, name: bo.name ?? '', isTask: bo.$type === 'bpmn:UserTask' });
    });
    laidOut(diagram.xml)
      .then(({ xml }) => viewer.importXML(xml))
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
        fitReadable(viewer);
      })
      .catch((e: Error) => alive && setError(e.message));
    return () => {
      alive = false;
      viewerRef.current = null;
      viewer.destroy();
    };
  }, [diagram, onSelect]);
  const button = (title: string, onClick: (v: NavigatedViewer) => void, icon: React.ReactNode, testId: string) => (
    <Tooltip title={translate(title)}>
      <IconButton
        size="small"
        aria-label={translate(title)}
        data-testid={testId}
        onClick={() => viewerRef.current && onClick(viewerRef.current)}
      >
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <>
      {error && <Alert severity="error">{translate('ow.matters.diagram.loadFailed', { message: error })}</Alert>}
      <Box sx={{ position: 'relative' }}>
        <div className="ow-matter-diagram" ref={container} data-testid="matter-diagram" />
        <Stack
          direction="row"
          sx={{ position: 'absolute', top: 8, right: 8, bgcolor: 'background.paper', borderRadius: 1, boxShadow: 1 }}
        >
          {button('ow.matters.diagram.zoomIn', (v) => zoomBy(v, 1.25), <ZoomInIcon />, 'diagram-zoom-in')}
          {button('ow.matters.diagram.zoomOut', (v) => zoomBy(v, 0.8), <ZoomOutIcon />, 'diagram-zoom-out')}
          {button('ow.matters.diagram.fit', fitReadable, <FitScreenIcon />, 'diagram-fit')}
        </Stack>
      </Box>
    </>
  );
};

interface Props {
  matterId: string;
  /** the matter's tasks and case record: what a click on a step shows */
  tasks: TaskRow[];
  steps: StepRecord[];
}

/**
 * The procedure diagram of the matter with its progress (bpmn-js NavigatedViewer: pan and zoom, read-only), at a
 * size its labels can be read; a click on a step shows its handler, times and opinion.
 */
export const MatterDiagramView = ({ matterId, tasks, steps }: Props) => {
  const [selected, setSelected] = useState<ClickedStep | null>(null);
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
      <DiagramCanvas diagram={diagram.data} onSelect={setSelected} />
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
      <Box sx={{ mt: 2 }}>
        <DiagramStepDetails step={selected} tasks={tasks} steps={steps} />
      </Box>
    </Box>
  );
};
