import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { BpmnFactory, CommandStack, Shape } from '../ow-properties/extension';
import { createTranslateModule } from '../translate-module';
import { DMN_JS_KEYS } from './dmn-js-texts';
import {
  DEFAULT_RESULT_VARIABLE,
  firstDecisionId,
  newDecisionTable,
  readTaskDecision,
  writeTaskDecision,
} from './decision-in-diagram';

interface Props {
  modeler: Modeler;
  /** the business-rule task whose decision table is edited; null: closed */
  element: Shape | null;
  onClose(): void;
}

/** dmn-js's decision-table editor in a dialog: the task's table, applied to the diagram as one undoable change. */
export const DecisionDesignDialog = ({ modeler, element, onClose }: Props) => {
  const translate = useTranslate();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const editor = useRef<DmnModeler | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = (element?.businessObject.get('name') as string | undefined) || element?.id || '';

  useEffect(() => {
    if (!container || !element) return;
    const lookup = (template: string) =>
      DMN_JS_KEYS[template] ? translate(`ow.designer.dmnJs.${DMN_JS_KEYS[template]}`) : undefined;
    const instance = new DmnModeler({ container, common: { additionalModules: [createTranslateModule(lookup)] } });
    editor.current = instance;
    setError(null);
    const { dmn, resultVariable } = readTaskDecision(element);
    instance
      .importXML(dmn ?? newDecisionTable(element.id, name, resultVariable ?? DEFAULT_RESULT_VARIABLE))
      .catch((e: Error) => setError(e.message));
    return () => {
      editor.current = null;
      instance.destroy();
    };
    // the dialog reads the task once, when it opens
  }, [container, element, name, translate]);

  const apply = async () => {
    if (!element || !editor.current) return;
    try {
      const { xml } = await editor.current.saveXML({ format: true });
      writeTaskDecision(
        element,
        { dmn: xml, decisionId: firstDecisionId(xml) },
        modeler.get<BpmnFactory>('bpmnFactory'),
        modeler.get<CommandStack>('commandStack'),
      );
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Dialog open={element !== null} onClose={onClose} fullWidth maxWidth="xl" data-testid="decision-design-dialog">
      <DialogTitle>{translate('ow.designer.decisionDialog.title', { name })}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('ow.designer.decisionDialog.help')}
        </Typography>
        {error && (
          <Alert severity="error">{translate('ow.designer.decisionDialog.loadFailed', { message: error })}</Alert>
        )}
        <Box
          ref={setContainer}
          className="ow-decision-editor"
          sx={{ height: '60vh', minHeight: 360, overflow: 'auto' }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ow.designer.decisionDialog.cancel')}</Button>
        <Button variant="contained" onClick={apply} disabled={Boolean(error)} data-testid="decision-design-apply">
          {translate('ow.designer.decisionDialog.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
