import { SaveButton, Toolbar } from 'react-admin';

/** Form toolbar without the delete button: the API keeps staff and items (deactivate them instead). */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
