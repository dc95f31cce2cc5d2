/**
 * The ids given to `patched()` for interpreter changes that alter the commands a run issues (docs/engine.md):
 * a matter started before the change replays the old branch. Once none of those is running, `deprecatePatch(id)`,
 * then drop the old branch.
 */

/** 退回 rewinds its scope: the other tokens there that came through the target step are withdrawn. */
export const RETURN_REWINDS_SCOPE = 'return-rewinds-scope';
/** A terminate end inside a sub-process ends that sub-process instance only, not the procedure. */
export const TERMINATE_ENDS_SUB_PROCESS = 'terminate-ends-sub-process';
/**
 * The overdue mark is one activity (the level and its timeline event, `setWarning` with `event`) scheduled in the
 * timer's own workflow task beside the Overdue search attribute: one workflow task and one activity per firing
 * where it used to be three and two (10,000 deadlines at once are bound by the server's writes).
 */
export const OVERDUE_IN_ONE_ACTIVITY = 'overdue-in-one-activity';
/**
 * The procedure begins before any Update or signal handler is set: one already waiting when the run starts (delivered
 * in its first workflow task) queues behind the beginning, where it used to run first, find no token and end the
 * matter with no task.
 */
export const BEGIN_BEFORE_HANDLERS = 'begin-before-handlers';
/**
 * 上报件: a token that starts waiting for the higher authority's answer stops the matter's clock (a `higherAuthority`
 * suspension, docs/time-limits.md); the answer restarts it.
 */
export const REPORT_UP_STOPS_CLOCK = 'report-up-stops-clock';
/**
 * 延长 once (Licensing Law art. 42): extensions granted are counted, and one more is refused. A run that extended
 * before the count began replays its extensions uncounted.
 */
export const ONE_EXTENSION = 'one-extension';
/**
 * A human step whose read-side write the database refuses is rolled back (workflows/step-rollback.ts): the state as
 * before, the rows it wrote taken back by a compensating activity, the Update refused. Without the patch such a step
 * failed its Update and left the workflow moved on.
 */
export const ROLL_BACK_REFUSED_STEP = 'roll-back-refused-step';
/**
 * 撤件 (workflows/matter-withdrawal.ts): a new Update, so no run recorded before it issues its commands; the marker
 * names the withdrawal's commands in the history, for a later change to them to branch on.
 */
export const MATTER_WITHDRAWAL = 'matter-withdrawal';
/**
 * Incidents (workflows/incidents.ts): a service task retries within a budget instead of without limit, and a token
 * that cannot go on (the budget spent, a service refusing its input, a gateway with no way out) raises an incident a
 * person resolves, where it used to park as `stuck` with nobody told.
 */
export const INCIDENTS = 'incidents';
/**
 * Version migration (workflows/migration.ts): a new Update, so no run recorded before it issues its commands; the
 * marker names the migration's commands in the history, for a later change to them to branch on.
 */
export const MATTER_MIGRATION = 'matter-migration';
/**
 * Business-rule tasks (workflows/business-rules.ts): a new kind of element, so no run recorded before it issues its
 * commands; the marker names a decision's evaluation in the history, for a later change to branch on. FEEL conditions
 * need no patch: a plan compiled before FEEL holds none, and its conditions are evaluated as they always were.
 */
export const BUSINESS_RULE_TASKS = 'business-rule-tasks';
/**
 * Multi-instance service tasks and call activities (workflows/multi-instance.ts, workflows/call-activity.ts): plans
 * published before them carried neither, so no recorded run meets these branches; the marker names their commands
 * in the history, for a later change to them to branch on.
 */
export const MULTI_INSTANCE_SERVICES = 'multi-instance-services';
export const CALL_ACTIVITIES = 'call-activities';
/**
 * Event sub-processes started by a timer, an error or an escalation (workflows/event-sub-processes.ts): their timers
 * are armed when their scope starts, and a thrown error or escalation looks for them in its scope before any boundary
 * outside it. Asked only where a plan has such an event sub-process, so no other run records the marker.
 */
export const EVENT_SUB_PROCESS_STARTS = 'event-sub-process-starts';
/**
 * Version migration beyond user tasks (workflows/migration-tokens.ts): tokens inside sub-processes (the scope migrates
 * with its mapping), multi-instance activities and event-based gateways migrate, where they used to be refused. A
 * migration recorded before it replays the narrower rules.
 */
export const MIGRATION_IN_SCOPES = 'migration-in-scopes';
/**
 * Boundary events on every activity kind (workflows/boundary-events.ts): message and signal boundaries, and timer
 * boundaries on service tasks and sub-processes. Plans published before them carried none, so no recorded run meets
 * these branches; asked only where a plan has such a boundary, the marker names their commands in the history.
 */
export const BOUNDARY_EVENTS = 'boundary-events';
/**
 * Timer values written in FEEL (workflows/timer-values.ts): evaluated by the workflow when the timer starts. Plans
 * published before them held fixed values only; the marker names the evaluation in the history.
 */
export const FEEL_TIMERS = 'feel-timers';
/**
 * Compensation (workflows/compensation.ts) and zeebe:ioMapping on user and service tasks (workflows/io-mappings.ts):
 * plans published before them carried neither, so no recorded run meets these branches; the markers name their
 * commands in the history, for a later change to them to branch on.
 */
export const COMPENSATION = 'compensation';
export const TASK_IO_MAPPINGS = 'task-io-mappings';
/**
 * Version migration of activities that run (workflows/migration-boundaries.ts): a token waiting for its called
 * procedure migrates onto a call activity of the same callee (the child runs on untouched and signals its result to
 * whichever run is current), and a call activity's, service task's or sub-process's boundary timers follow the
 * target element: kept at their instants where it has the same boundary, cancelled where it has not, armed where it
 * has a new one. A migration recorded before it refused call tokens and kept every such timer.
 */
export const MIGRATION_OF_CALLS = 'migration-of-calls';
/**
 * A migration's writes (the task rows, the matter's version, its timeline event) are local activities: the Update is
 * answered and the run continues as new in the workflow task that accepted it, where each write used to cost an
 * activity task and a workflow task of its own. A migration recorded before it replays its scheduled activities.
 */
export const MIGRATION_LOCAL_WRITES = 'migration-local-writes';
