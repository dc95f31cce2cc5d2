import { Button } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { formatInstant } from '../shared/chinaDate';
import { valueText } from '../case-record/StepRecordView';
import { useOpinionLabel } from '../case-record/useOpinionLabel';
import type { StepRecord } from '../matters/types';
import { PrintHeading } from './PrintHeading';
import { PrintSheet } from './PrintSheet';
import { usePrintData } from './usePrintData';
import type { ApprovalFormData } from './types';

const t = (key: string) => `ow.print.approvalForm.${key}`;
/** step, handler, time, decision, opinion, legal basis: the opinion gets the room */
const STEP_COLUMN_WIDTHS = ['11%', '11%', '13%', '9%', '34%', '22%'];

/** One step's row: the opinion under the step's own label, then the step's other values. */
const StepRow = ({ step }: { step: StepRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const opinionLabel = useOpinionLabel();
  const others = step.values.filter((v) => v.key !== 'legalBasis');
  return (
    <tr data-testid="approval-form-step" data-step={step.name}>
      <td>{step.name}</td>
      <td>{step.handlerName ?? '—'}</td>
      <td style={{ overflowWrap: 'normal' }}>{formatInstant(step.completedAt, locale)}</td>
      <td>{step.decision ? translate(`ow.matters.decisions.${step.decision}`, { _: step.decision }) : '—'}</td>
      <td>
        <div data-testid="approval-form-opinion">
          {opinionLabel(step.opinionLabel)}：{step.opinion ?? translate('ow.caseRecord.noOpinion')}
        </div>
        {others.map((v) => (
          <div key={v.key}>
            {v.label}：{valueText(translate, v)}
          </div>
        ))}
      </td>
      <td>{step.legalBasis ?? '—'}</td>
    </tr>
  );
};

const ApprovalForm = ({ f }: { f: ApprovalFormData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <PrintHeading
        centre={f.centreName}
        title={t('title')}
        numberLabel={t('number')}
        number={f.receiptNo}
        testId="approval-form"
      />
      <table>
        <tbody>
          <tr>
            <th>{translate(t('item'))}</th>
            <td>
              {f.itemName}（{f.itemCode}）
            </td>
          </tr>
          <tr>
            <th>{translate(t('applicant'))}</th>
            <td data-testid="approval-form-applicant">{[f.applicantName, f.applicantIdMasked].join(' / ')}</td>
          </tr>
          <tr>
            <th>{translate(t('acceptedAt'))}</th>
            <td>{formatInstant(f.acceptedAt, locale)}</td>
          </tr>
          <tr>
            <th>{translate(t('acceptedBy'))}</th>
            <td>{f.acceptedByName ?? '—'}</td>
          </tr>
          <tr>
            <th>{translate(t('itemLegalBasis'))}</th>
            <td>{f.legalBasis}</td>
          </tr>
          <tr>
            <th>{translate(t('status'))}</th>
            <td>{translate(`ow.matters.statuses.${f.status}`, { _: f.status })}</td>
          </tr>
        </tbody>
      </table>
      <p className="ow-print-plain">
        <strong>{translate(t('steps'))}</strong>
      </p>
      <table className="ow-print-steps">
        <colgroup>
          {STEP_COLUMN_WIDTHS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {['step', 'handler', 'time', 'decision', 'opinion', 'legalBasis'].map((key) => (
              <th key={key}>{translate(t(key))}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {f.steps.length ? (
            f.steps.map((step) => <StepRow key={step.taskId} step={step} />)
          ) : (
            <tr>
              <td colSpan={6}>{translate(t('none'))}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="ow-print-plain ow-print-note">
        {translate(t('printedBy'), { name: f.printedByName, at: formatInstant(f.printedAt, locale) })}
      </p>
      <p className="ow-print-plain ow-print-note">{translate(t('note'))}</p>
    </>
  );
};

/** /print/approval-form/:matterId — 审批表: every completed step with its handler, time, decision, opinion and basis. */
export const ApprovalFormPrintPage = () => {
  const translate = useTranslate();
  const { matterId = '' } = useParams();
  return (
    <PrintSheet
      query={usePrintData('approvalForm', matterId)}
      title={t('title')}
      actions={
        <Button startIcon={<OpenInNewIcon />} component={Link} to={`/matters/${matterId}`}>
          {translate('ow.print.openMatter')}
        </Button>
      }
    >
      {(f) => <ApprovalForm f={f} />}
    </PrintSheet>
  );
};
