import { Create, SimpleForm, TextInput, regex, required, useNotify, useRedirect } from 'react-admin';

const validateKey = [required(), regex(/^[a-z][a-z0-9-]{1,63}$/, 'resources.procedures.validation.key')];

/** A new procedure starts from the standard template (the server's default draft); then the designer opens. */
export const ProcedureCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      mutationOptions={{
        onSuccess: (data: { id: string }) => {
          notify('resources.procedures.notifications.created', { type: 'success' });
          redirect(`/procedures/${data.id}/design`);
        },
      }}
    >
      <SimpleForm>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="key" validate={validateKey} helperText="resources.procedures.helpers.key" />
      </SimpleForm>
    </Create>
  );
};
