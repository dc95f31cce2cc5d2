import { WorkflowUpdateFailedError } from '@temporalio/client';
import { conditionValues, formValueProblems, isBlankValue, keptValues, type FormValue } from '../../bpmn/form-values';
import { designedFormProblems } from '../../bpmn/form-schema';
import { FREE_TEXT_TYPES } from '../../bpmn/compile/condition-keys';
import type { ProcedurePlan, UserTaskNode } from '../../bpmn/plan';
import { deliveryFormProblem } from '../../domain/delivery';
import type { Db } from '../../platform/db';
import type { SubmissionRef } from '../../workflows/procedure-contract';
import { AppError } from '../errors';

/** What a handler sends to complete a step: the decision, the step's one opinion, the form's values. */
export interface StepInput {
  decision: string;
  comment?: string;
  formData?: Record<string, FormValue>;
}

export interface SubmissionTarget {
  taskKey: string;
  matterId: string;
  actorId: string;
  /** the completing Update's id: a retry of the same step writes nothing new */
  updateId: string;
}

/**
 * The values the workflow needs: those its conditions read, and in a procedure a call activity runs, every value that
 * is not free text too (the caller's ow:Out mappings read them when it ends; free text stays here in any case).
 */
function workflowKeys(plan: ProcedurePlan, node: UserTaskNode | undefined, inCalledProcedure: boolean): string[] {
  if (!inCalledProcedure || !node) return plan.conditionFormKeys;
  const results = node.formFields.filter((f) => !FREE_TEXT_TYPES.includes(f.type)).map((f) => f.key);
  return [...new Set([...plan.conditionFormKeys, ...results])];
}

/**
 * 办理意见 and form values are the case record and may be personal data: they are kept in PostgreSQL, and the
 * workflow's Update carries a reference and only the values its conditions read (docs/engine.md).
 */
export function createStepSubmissions(db: Db) {
  return {
    /**
     * Checks the values against the step's form and writes the submission (once per Update id: a retry finds the
     * first one, whose values are those that apply). Answers what the Update carries.
     */
    async write(
      plan: ProcedurePlan,
      node: UserTaskNode | undefined,
      target: SubmissionTarget,
      input: StepInput,
      inCalledProcedure = false,
    ): Promise<{ decision: string; submission: SubmissionRef; formData: Record<string, unknown> }> {
      const values = input.formData ?? {};
      // a designed form's required fields and rules are checked here too, so the message names each field
      const problems = node?.designedForm
        ? designedFormProblems(node.formFields, values)
        : formValueProblems(node?.formFields ?? [], values);
      if (problems.length > 0)
        throw new AppError(
          'VALIDATION',
          problems.map((p) => p.zh).join('；'),
          problems.map((p) => p.en).join('; '),
          problems.map((p) => ({ path: `formData.${p.key}`, message: p.zh })),
        );
      // the workflow sees no waybill (it stays here), so its check is made before anything is written
      const waybill = node?.stepKind === 'deliver' ? deliveryFormProblem(values) : undefined;
      if (waybill) throw new AppError('ILLEGAL_TRANSITION', waybill.zh, waybill.en, { code: waybill.code });
      const kept = keptValues(values);
      const opinion = isBlankValue(input.comment) ? null : input.comment!.trim();
      await db.stepSubmission.createMany({
        data: [{ ...target, decision: input.decision, opinion, formData: kept }],
        skipDuplicates: true,
      });
      const stored = await db.stepSubmission.findUniqueOrThrow({ where: { updateId: target.updateId } });
      const storedValues = stored.formData as Record<string, unknown>;
      return {
        decision: stored.decision,
        submission: { id: stored.id, filled: Object.keys(storedValues), opinion: stored.opinion !== null },
        formData: conditionValues(workflowKeys(plan, node, inCalledProcedure), storedValues),
      };
    },

    /**
     * Sends the Update; when the workflow refuses it, the submission goes (it can never apply). One not confirmed
     * yet stays: the step may still apply, and a retry with the same key finds it.
     */
    async send<T>(submissionId: string, update: () => Promise<T>): Promise<T> {
      try {
        return await update();
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError)
          await db.stepSubmission.deleteMany({ where: { id: submissionId, task: { is: null } } });
        throw error;
      }
    },
  };
}
export type StepSubmissions = ReturnType<typeof createStepSubmissions>;
