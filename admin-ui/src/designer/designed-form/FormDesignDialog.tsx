import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FormEditor } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { BpmnFactory, CommandStack, Shape } from '../ow-properties/extension';
import { SUPPORTED_FORM_COMPONENTS } from '../../../../bpmn/form-schema';
import { readDesignedForm, removeDesignedForm, writeDesignedForm, type FormSchema } from './form-in-diagram';

/** form-js's palette offers every component; the server enforces these only (the compiler refuses the others). */
const paletteOfSupported = {
  [`& .fjs-palette-field${SUPPORTED_FORM_COMPONENTS.map((type) => `:not([data-field-type="${type}"])`).join('')}`]: {
    display: 'none',
  },
};

const emptyForm = (taskId: string): FormSchema => ({ type: 'default', id: `Form_${taskId}`, components: [] });

interface Props {
  modeler: Modeler;
  /** the user task whose form is designed; null: closed */
  element: Shape | null;
  onClose(): void;
}

/** form-js's FormEditor in a dialog: the user task's form, applied to the diagram as one undoable change. */
export const FormDesignDialog = ({ modeler, element, onClose }: Props) => {
  const translate = useTranslate();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const editor = useRef<FormEditor | null>(null);
  const [error, setError] = useState<string | null>(null);
  const existing = element ? readDesignedForm(element) : undefined;

  useEffect(() => {
    if (!container || !element) return;
    const instance = new FormEditor({ container });
    editor.current = instance;
    setError(null);
    instance.importSchema(readDesignedForm(element) ?? emptyForm(element.id)).catch((e: Error) => setError(e.message));
    return () => {
      editor.current = null;
      instance.destroy();
    };
  }, [container, element]);

  const apply = () => {
    if (!element || !editor.current) return;
    writeDesignedForm(
      element,
      editor.current.saveSchema() as FormSchema,
      modeler.get<BpmnFactory>('bpmnFactory'),
      modeler.get<CommandStack>('commandStack'),
    );
    onClose();
  };
  const remove = () => {
    if (!element) return;
    removeDesignedForm(element, modeler.get('elementRegistry'), modeler.get<CommandStack>('commandStack'));
    onClose();
  };

  const name = (element?.businessObject.get('name') as string | undefined) || element?.id || '';
  return (
    <Dialog open={element !== null} onClose={onClose} fullWidth maxWidth="xl" data-testid="form-design-dialog">
      <DialogTitle>{translate('ow.designer.formDialog.title', { name })}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('ow.designer.formDialog.help')}
        </Typography>
        {error && <Alert severity="error">{translate('ow.designer.formDialog.loadFailed', { message: error })}</Alert>}
        <Box
          ref={setContainer}
          className="ow-form-editor"
          sx={{ height: '65vh', minHeight: 400, ...paletteOfSupported }}
        />
      </DialogContent>
      <DialogActions>
        {existing && (
          <Button color="error" onClick={remove} data-testid="form-design-remove">
            {translate('ow.designer.formDialog.remove')}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>{translate('ow.designer.formDialog.cancel')}</Button>
        <Button variant="contained" onClick={apply} disabled={Boolean(error)} data-testid="form-design-apply">
          {translate('ow.designer.formDialog.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
