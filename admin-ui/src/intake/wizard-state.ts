import type { ApplicantInput, IntakeDecision, IntakeRequest, ItemGuide, ItemSummary } from './types';
import { missingMaterials } from './wizard-rules';
import { idNumberProblem } from './id-number';

export interface WizardState {
  step: number;
  item: ItemSummary | null;
  provided: ReadonlySet<string>;
  applicant: ApplicantInput;
  /** 委托代办: always on for an agent */
  proxy: boolean;
  entrustment: { documentRef: string; agentNote: string };
  decision: IntakeDecision | null;
  /** 容缺受理: due date of each owed material */
  owedDue: Record<string, string>;
  reason: string;
}

export const initialWizardState = (isAgent: boolean): WizardState => ({
  step: 0,
  item: null,
  provided: new Set(),
  applicant: { name: '', idNumber: '', phone: '', email: '' },
  proxy: isAgent,
  entrustment: { documentRef: '', agentNote: '' },
  decision: null,
  owedDue: {},
  reason: '',
});

export const WIZARD_STEPS = ['item', 'guide', 'applicant', 'decision'] as const;

/** Whether the clerk may leave the step forward (the server validates everything again). */
export function stepComplete(state: WizardState, guide: ItemGuide | undefined): boolean {
  switch (WIZARD_STEPS[state.step]) {
    case 'item':
      return Boolean(state.item);
    case 'guide':
      return Boolean(guide);
    case 'applicant': {
      const { name, idNumber, phone } = state.applicant;
      const entrusted = !state.proxy || state.entrustment.documentRef.trim() !== '';
      return name.trim() !== '' && idNumberProblem(idNumber) !== 'length' && phone.trim() !== '' && entrusted;
    }
    case 'decision':
      return guide ? decisionComplete(state, guide) : false;
    default:
      return false;
  }
}

function decisionComplete(state: WizardState, guide: ItemGuide): boolean {
  const missing = missingMaterials(guide, state.provided);
  switch (state.decision) {
    case 'ACCEPT':
      return missing.length === 0;
    case 'ACCEPT_WITH_DEFICIENCY':
      return (
        missing.length > 0 &&
        missing.every((m) => m.deficiencyAllowed && /^\d{4}-\d{2}-\d{2}$/.test(state.owedDue[m.code] ?? ''))
      );
    case 'NOTICE':
      return missing.length > 0;
    case 'REFUSE':
      return state.reason.trim() !== '';
    default:
      return false;
  }
}

export function buildIntakeRequest(
  state: WizardState,
  guide: ItemGuide,
  idempotencyKey: string,
  windowCode?: string,
): IntakeRequest {
  const decision = state.decision!;
  const missing = missingMaterials(guide, state.provided);
  return {
    idempotencyKey,
    ...(windowCode ? { windowCode } : {}),
    itemCode: guide.code,
    applicant: {
      name: state.applicant.name.trim(),
      idNumber: state.applicant.idNumber.trim().toUpperCase(),
      phone: state.applicant.phone.trim(),
      ...(state.applicant.email?.trim() ? { email: state.applicant.email.trim() } : {}),
    },
    providedMaterials: guide.materials.filter((m) => state.provided.has(m.code)).map((m) => m.code),
    decision,
    ...(decision === 'ACCEPT_WITH_DEFICIENCY'
      ? { owed: missing.map((m) => ({ code: m.code, dueDate: state.owedDue[m.code] })) }
      : {}),
    ...(decision === 'REFUSE' || (decision === 'NOTICE' && state.reason.trim()) ? { reason: state.reason.trim() } : {}),
    ...(state.proxy
      ? {
          entrustment: {
            documentRef: state.entrustment.documentRef.trim(),
            ...(state.entrustment.agentNote.trim() ? { agentNote: state.entrustment.agentNote.trim() } : {}),
          },
        }
      : {}),
  };
}
