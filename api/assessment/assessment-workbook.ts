import ExcelJS from 'exceljs';
import { toCsv, type CsvColumn } from '../shared/csv';
import type { AssessmentReport } from './assessment.types';
import { DEFINITIONS, personColumns, stationColumns } from './assessment-columns';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function addSheet<T>(book: ExcelJS.Workbook, name: string, columns: CsvColumn<T>[], rows: T[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(10, c.header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  return sheet;
}

/** 考核 for a period as an Excel workbook: people, stations, and what the figures mean with the weights used */
export async function assessmentWorkbook(report: AssessmentReport, centreName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = centreName;
  addSheet(book, '个人', personColumns(report), report.people);
  addSheet(book, '便民服务站', stationColumns(report), report.stations);
  const notes = book.addWorksheet('说明');
  notes.columns = [{ width: 22 }, { width: 100 }];
  notes.addRows([
    ['单位', centreName],
    ['统计期', `${report.from} 至 ${report.to}`],
    [
      '服务指数权重',
      `效率 ${report.weights.efficiency}，质量 ${report.weights.quality}，绩效 ${report.weights.performance}`,
    ],
    ['投诉属实', report.complaintsSource.zh],
    [],
    ...DEFINITIONS,
  ]);
  notes.getColumn(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const peopleCsv = (report: AssessmentReport) => toCsv(personColumns(report), report.people);
export const stationsCsv = (report: AssessmentReport) => toCsv(stationColumns(report), report.stations);
