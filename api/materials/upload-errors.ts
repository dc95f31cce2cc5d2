import { AppError } from '../errors';
import { formatBytes } from '../../platform/file-store';
import { MATERIAL_TYPES, type MaterialMime } from './file-types';

/** Every refusal of an upload, in both languages; nothing is stored when one is thrown. */
export const uploadErrors = {
  notMultipart: () =>
    new AppError('VALIDATION', '请以 multipart/form-data 方式上传文件', 'Upload the file as multipart/form-data'),
  brokenForm: () =>
    new AppError(
      'BAD_REQUEST',
      '上传内容不完整或格式有误，请重新上传',
      'The upload was cut short or malformed; try again',
    ),
  noFile: () => new AppError('VALIDATION', '请选择要上传的文件', 'Choose a file to upload'),
  oneFileOnly: () => new AppError('VALIDATION', '一次只能上传一个文件', 'Upload one file at a time'),
  empty: () => new AppError('VALIDATION', '文件是空的（0 字节），请重新选择', 'The file is empty (0 bytes)'),
  pathInName: () =>
    new AppError('VALIDATION', '文件名不能包含路径（/ 或 \\）', 'The file name must not contain a path (/ or \\)'),
  unsupportedType: () =>
    new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      '只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，与扩展名无关）',
      'Only PDF, JPEG or PNG files are accepted (recognised by their content, not their name)',
    ),
  /** `declared`: the name's extension (`.jpg`) or the type the browser sent (`image/png`) */
  typeMismatch: (detected: MaterialMime, declared: string) =>
    new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `文件内容是 ${MATERIAL_TYPES[detected].label}，与其声明的类型（${declared}）不符`,
      `The file's content is ${MATERIAL_TYPES[detected].label}, which does not match its declared type (${declared})`,
    ),
  matterTotal: (maxBytes: number) =>
    new AppError(
      'PAYLOAD_TOO_LARGE',
      `本办件的电子材料合计不能超过 ${formatBytes(maxBytes)}`,
      `A matter's files may not exceed ${formatBytes(maxBytes)} in total`,
    ),
};
