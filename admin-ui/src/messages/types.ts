/** A message the matter waits for now (GET /matters/:id/messages). */
export interface MessageWait {
  name: string;
  nodeId: string;
  label: string;
  /** answered through a form of its own elsewhere on the page */
  ownForm: boolean;
}
