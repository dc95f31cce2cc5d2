import { EXTENSIONS_ALLOWED, EXTENSION_MAX_WORKING_DAYS } from '../../domain/legal-limits';
import { AppError } from '../errors';

/** Why an extension request is refused, in both languages, with a stable code in `details`. */
export const extensionRefusals = {
  alreadyExtended: () =>
    new AppError(
      'ILLEGAL_TRANSITION',
      `该办件的办理期限已延长过，依法只能延长 ${EXTENSIONS_ALLOWED} 次、不超过 ${EXTENSION_MAX_WORKING_DAYS} 个工作日（行政许可法第四十二条）`,
      `The time limit of this matter has been extended already: Licensing Law art. 42 allows ${EXTENSIONS_ALLOWED} extension of at most ${EXTENSION_MAX_WORKING_DAYS} working days`,
      { code: 'EXTENSION_ALREADY_GRANTED' },
    ),
  pending: () =>
    new AppError(
      'ILLEGAL_TRANSITION',
      '该办件已有待批准的延期申请，请等待管理人员决定',
      'An extension request for this matter is already waiting for a manager',
      { code: 'EXTENSION_REQUEST_PENDING' },
    ),
  closed: () =>
    new AppError(
      'ILLEGAL_TRANSITION',
      '办件已结束，不能申请延期',
      'The matter is closed: no extension can be asked for',
      {
        code: 'MATTER_CLOSED',
      },
    ),
  ownRequest: () =>
    new AppError(
      'ILLEGAL_TRANSITION',
      '不能批准自己提出的延期申请',
      'You cannot approve an extension you asked for yourself',
      { code: 'OWN_EXTENSION_REQUEST' },
    ),
  decided: () =>
    new AppError(
      'ILLEGAL_TRANSITION',
      '该延期申请已有决定，不能再更改',
      'This extension request has been decided already',
      { code: 'EXTENSION_REQUEST_DECIDED' },
    ),
};
