/**
 * Diagrams with compensation (boundary events tied to their handlers by associations, throw and end events) and
 * zeebe:ioMapping on tasks, for the compiler and workflow tests.
 */
const NAMESPACES =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" ' +
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export const process = (body: string, id = 'Process_comp') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${NAMESPACES} id="Defs" targetNamespace="t">` +
  `<bpmn:process id="${id}" isExecutable="true">${body}</bpmn:process></bpmn:definitions>`;

const ext = (inner: string) => (inner ? `<bpmn:extensionElements>${inner}</bpmn:extensionElements>` : '');
const handlerMark = (forCompensation: boolean) => (forCompensation ? ' isForCompensation="true"' : '');

export const start = (id = 'Start') => `<bpmn:startEvent id="${id}"/>`;
export const end = (id = 'End') =>
  `<bpmn:endEvent id="${id}">${ext('<ow:Outcome value="COMPLETED"/>')}</bpmn:endEvent>`;
export const flow = (id: string, from: string, to: string) =>
  `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`;
/** Flows through the ids in order: F_<from>_<to>. */
export const chain = (...ids: string[]) =>
  ids
    .slice(1)
    .map((to, i) => flow(`F_${ids[i]}_${to}`, ids[i], to))
    .join('');

export const userTask = (id: string, extra = '', forCompensation = false) =>
  `<bpmn:userTask id="${id}" name="${id}"${handlerMark(forCompensation)}>` +
  ext(`<ow:Candidates department="$lead" role="APPROVER"/><ow:Step kind="review"/>${extra}`) +
  '</bpmn:userTask>';
export const serviceTask = (id: string, extra = '', forCompensation = false) =>
  `<bpmn:serviceTask id="${id}" name="${id}"${handlerMark(forCompensation)}>` +
  ext(`<ow:ServiceCall activity="archive"/>${extra}`) +
  '</bpmn:serviceTask>';

/** A compensation boundary on the activity, its association to the handler (none: no handler). */
export const compensationBoundary = (id: string, attachedTo: string, handler?: string) =>
  `<bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>` +
  (handler
    ? `<bpmn:association id="A_${id}" associationDirection="One" sourceRef="${id}" targetRef="${handler}"/>`
    : '');

/** A service task with a compensation boundary tied to its handler, a service task too. */
export const compensableService = (id: string, boundary: string, handler: string) =>
  serviceTask(id) + compensationBoundary(boundary, id, handler) + serviceTask(handler, '', true);

export const compensationThrow = (id: string, activityRef?: string) =>
  `<bpmn:intermediateThrowEvent id="${id}">` +
  `<bpmn:compensateEventDefinition waitForCompletion="true"${activityRef ? ` activityRef="${activityRef}"` : ''}/>` +
  '</bpmn:intermediateThrowEvent>';
export const compensationEnd = (id: string, activityRef?: string) =>
  `<bpmn:endEvent id="${id}"><bpmn:compensateEventDefinition${activityRef ? ` activityRef="${activityRef}"` : ''}/></bpmn:endEvent>`;

export const ioMapping = (inputs: [string, string][], outputs: [string, string][] = []) =>
  '<zeebe:ioMapping>' +
  inputs.map(([source, target]) => `<zeebe:input source="${source}" target="${target}"/>`).join('') +
  outputs.map(([source, target]) => `<zeebe:output source="${source}" target="${target}"/>`).join('') +
  '</zeebe:ioMapping>';

/**
 * 预约 (Book, a service) then 初审 (Review, a user task), each undone by its handler (CancelBooking a service,
 * UndoReview a user task); then the throw (all, or only `activityRef`) and a last step Notify before the end.
 */
export const bookReviewCompensate = (activityRef?: string) =>
  process(
    start() +
      compensableService('Book', 'BookUndone', 'CancelBooking') +
      userTask('Review') +
      compensationBoundary('ReviewUndone', 'Review', 'UndoReview') +
      userTask('UndoReview', '', true) +
      compensationThrow('Compensate', activityRef) +
      serviceTask('Notify') +
      end() +
      chain('Start', 'Book', 'Review', 'Compensate', 'Notify', 'End'),
  );
