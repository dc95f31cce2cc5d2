import { noticesOnEvent } from '../../../platform/notices/event-notices';

const notify = (template: string) =>
  noticesOnEvent({ matterId: 'm1', eventKey: 'k1', type: 'service.notify', data: { template } }, new Date(0));

describe('notices a notify service causes', () => {
  it('a template that is a notice kind (a BPMN send task) puts that notice in the outbox', () => {
    const [statement, ...rest] = notify('RESULT_READY');
    expect(rest).toEqual([]);
    expect(statement.sql).toContain('INSERT INTO "Notice"');
    expect(statement.values).toEqual(expect.arrayContaining(['k1', 'RESULT_READY', 'm1']));
  });

  it('any other template causes none', () => {
    expect(notify('rejectionNotice')).toEqual([]);
  });
});
