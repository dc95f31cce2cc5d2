import { useHasRole } from '../shared/roles';

/** Only administrators change the catalogue; every role reads it. */
export const useCanEditCatalogue = () => useHasRole('ADMIN');
