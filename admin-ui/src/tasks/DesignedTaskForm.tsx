import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Box } from '@mui/material';
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';

/** What the work panel asks of the form when the step is submitted. */
export interface DesignedFormHandle {
  /** the form's data as it stands (form-js shows its own hints on the fields as well) */
  collect(): Record<string, unknown>;
}

interface Props {
  schema: Record<string, unknown>;
  /** someone not holding the task sees the form, and cannot fill it in */
  readOnly: boolean;
  handle: Ref<DesignedFormHandle>;
}

/** A step's form designed with form-js, rendered by form-js's viewer. Lazily loaded: only such steps need it. */
const DesignedTaskForm = ({ schema, readOnly, handle }: Props) => {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const form = useRef<Form | null>(null);

  useEffect(() => {
    if (!container) return;
    const instance = new Form({ container, properties: { readOnly } });
    form.current = instance;
    void instance.importSchema(schema);
    return () => {
      form.current = null;
      instance.destroy();
    };
    // readOnly follows below without importing the form again (which would drop what was typed)
  }, [container, schema]);

  useEffect(() => form.current?.setProperty('readOnly', readOnly), [readOnly]);

  useImperativeHandle(handle, () => ({
    collect: () => {
      const current = form.current;
      if (!current) return {};
      current.validate();
      return current._getSubmitData() as Record<string, unknown>;
    },
  }));

  return <Box ref={setContainer} className="ow-designed-form" data-testid="designed-form" />;
};
export default DesignedTaskForm;
