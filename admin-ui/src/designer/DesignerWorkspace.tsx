import { useCallback, useEffect, useState } from 'react';
import { Box } from '@mui/material';
import { HttpError, useDataProvider, useLocaleState, useNotify } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { ProcedureDataProvider } from '../procedures/dataProvider';
import type { ProcedureDetail } from '../procedures/types';
import { DesignerFrame } from './DesignerFrame';
import { DesignerToolbar } from './DesignerToolbar';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { ProblemsPanel, type PublishRejection } from './ProblemsPanel';
import { ProblemBadge } from './ProblemBadge';
import { PublishDialog } from './PublishDialog';
import { BrokenDraftNotice } from './BrokenDraftNotice';
import { useModeler } from './useModeler';
import { useLiveValidation } from './useLiveValidation';
import { useDesignerLookup } from './useDesignerLookup';
import { revealElement, type Problem } from './problems';
import { downloadText } from './download';
import type { DepartmentOption } from './ow-properties/options';
import type { Shape } from './ow-properties/extension';
import { DESIGN_FORM_EVENT } from './ow-properties/DesignedFormProps';
import { DESIGN_DECISION_EVENT } from './ow-properties/BusinessRuleProps';
import { DecisionDesignDialog } from './decision-table/DecisionDesignDialog';
import { FormDesignDialog } from './designed-form/FormDesignDialog';
import type { ProcedureOption } from './ow-properties/procedures-module';

interface Props {
  procedure: ProcedureDetail;
  /** the centre's active departments: the candidate picker's choices, and what the live check compiles against */
  departments: DepartmentOption[];
  /** the published procedures a call activity may run */
  procedures: ProcedureOption[];
  canWrite: boolean;
  /** the draft or the versions changed on the server: reload the procedure */
  onChanged(): void;
  /** a published version became the draft: open it anew */
  onRestored(): void;
}

/** Canvas, properties panel and problems for one procedure's draft, with the toolbar's actions. */
export const DesignerWorkspace = ({ procedure, departments, procedures, canWrite, onChanged, onRestored }: Props) => {
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const { lookup } = useDesignerLookup();
  const m = useModeler(procedure.draftXml, lookup, locale, departments, procedures);
  // a reader may not ask the server to compile: the browser's check is theirs
  const askServer = useCallback((xml: string) => dataProvider.validateProcedure(xml), [dataProvider]);
  const problems = useLiveValidation(
    m.modeler,
    m.xml,
    departments.map((d) => d.code),
    canWrite ? askServer : null,
  );
  const [publishOpenedAt, setPublishOpenedAt] = useState<number | null>(null);
  const reveal = (id: string) => m.modeler && revealElement(m.modeler, id);
  const [rejection, setRejection] = useState<PublishRejection | null>(null);
  const [formTask, setFormTask] = useState<Shape | null>(null);
  useEffect(() => {
    if (!m.modeler || !canWrite) return;
    const open = ({ element }: { element: Shape }) => setFormTask(element);
    m.modeler.on(DESIGN_FORM_EVENT, open);
    return () => m.modeler?.off(DESIGN_FORM_EVENT, open);
  }, [m.modeler, canWrite]);
  const [decisionTask, setDecisionTask] = useState<Shape | null>(null);
  useEffect(() => {
    if (!m.modeler || !canWrite) return;
    const open = ({ element }: { element: Shape }) => setDecisionTask(element);
    m.modeler.on(DESIGN_DECISION_EVENT, open);
    return () => m.modeler?.off(DESIGN_DECISION_EVENT, open);
  }, [m.modeler, canWrite]);
  useEffect(() => setRejection(null), [m.xml]);
  useEffect(() => {
    if (!m.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [m.dirty]);

  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const save = useMutation({
    mutationFn: async () => dataProvider.saveProcedureDraft(procedure.id, await m.currentXml()),
    onSuccess: (res) => {
      m.markSaved();
      onChanged();
      notify(res.problems.length ? 'ow.designer.notifications.savedWithProblems' : 'ow.designer.notifications.saved', {
        type: res.problems.length ? 'warning' : 'success',
        messageArgs: { count: res.problems.length },
      });
    },
    onError: (e) =>
      notify('ow.designer.notifications.saveFailed', { type: 'error', messageArgs: { message: message(e) } }),
  });

  /** the dialog compares the saved draft: unsaved edits are saved first */
  const askToPublish = async () => {
    try {
      if (m.dirty) await save.mutateAsync();
      setPublishOpenedAt(Date.now());
    } catch {
      // saveFailed was notified
    }
  };

  const publish = useMutation({
    mutationFn: async (changeNote: string) => {
      if (m.dirty) await save.mutateAsync();
      return dataProvider.publishProcedure(procedure.id, changeNote);
    },
    onSuccess: (res) => {
      setPublishOpenedAt(null);
      setRejection(null);
      notify(res.unchanged ? 'ow.designer.notifications.publishedUnchanged' : 'ow.designer.notifications.published', {
        type: res.unchanged ? 'info' : 'success',
        messageArgs: { version: res.version },
      });
      onChanged();
    },
    onError: (e) => {
      const body =
        e instanceof HttpError
          ? (e.body as { error?: { message?: string; messageEn?: string; details?: Problem[] } })
          : undefined;
      const text = (locale === 'en' ? body?.error?.messageEn : body?.error?.message) ?? message(e);
      setPublishOpenedAt(null);
      setRejection({ message: text, problems: (body?.error?.details ?? []).map((p) => ({ ...p, severity: 'error' })) });
      notify('ow.designer.notifications.publishFailed', { type: 'error', messageArgs: { message: text } });
    },
  });

  const importFile = async (file: File) => {
    try {
      const { laidOut } = await m.replaceXml(await file.text());
      notify(laidOut ? 'ow.designer.notifications.importedLaidOut' : 'ow.designer.notifications.imported', {
        type: 'info',
        messageArgs: { file: file.name },
      });
    } catch (e) {
      notify('ow.designer.notifications.importFailed', { type: 'error', messageArgs: { message: message(e) } });
    }
  };

  const loadTemplate = async () => {
    try {
      await m.replaceXml(await dataProvider.getProcedureTemplate());
      notify('ow.designer.notifications.templateLoaded', { type: 'info' });
    } catch {
      notify('ow.designer.notifications.templateFailed', { type: 'error' });
    }
  };

  return (
    <DesignerFrame>
      <UnsavedChangesGuard dirty={m.dirty} />
      <DesignerToolbar
        procedureId={procedure.id}
        versions={procedure.versions}
        canWrite={canWrite}
        dirty={m.dirty}
        busy={save.isPending || publish.isPending}
        onSave={() => save.mutate()}
        onPublish={() => void askToPublish()}
        onImport={importFile}
        onExport={async () => downloadText(`${procedure.key}.bpmn`, await m.currentXml())}
        onTemplate={loadTemplate}
        onUndo={m.undo}
        onRedo={m.redo}
        onFit={m.fit}
        onRestored={onRestored}
      />
      {m.loadError && (
        <BrokenDraftNotice
          procedureId={procedure.id}
          latest={procedure.versions[0]?.version}
          detail={m.loadError}
          canWrite={canWrite}
          onRestored={onRestored}
        />
      )}
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', flex: 1, minHeight: 0, position: 'relative' }}>
            <div className="ow-canvas" ref={m.canvasRef} data-testid="bpmn-canvas" />
            {!m.loadError && <ProblemBadge problems={problems} onReveal={reveal} />}
          </Box>
          <ProblemsPanel problems={problems} rejection={rejection} onReveal={reveal} />
        </Box>
        <div className="ow-properties" ref={m.panelRef} data-testid="properties-panel" />
      </Box>
      {m.modeler && <FormDesignDialog modeler={m.modeler} element={formTask} onClose={() => setFormTask(null)} />}
      {m.modeler && (
        <DecisionDesignDialog modeler={m.modeler} element={decisionTask} onClose={() => setDecisionTask(null)} />
      )}
      <PublishDialog
        procedureId={procedure.id}
        openedAt={publishOpenedAt}
        busy={publish.isPending}
        onCancel={() => setPublishOpenedAt(null)}
        onConfirm={(note) => publish.mutate(note)}
      />
    </DesignerFrame>
  );
};
