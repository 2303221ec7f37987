/**
 * The research tables as CSV (pure): a header of the model's columns (CareerRow,
 * AttendanceRow in model/api.schema.ts, in that order), then one line per row. Dates are ISO
 * `YYYY-MM-DD` (empty when unknown), lists `|`-separated, so the files load straight into pandas
 * (`parse_dates=['first_seen', 'last_seen']`) or R.
 */
import { AttendanceRow, CareerRow } from '../../model/api.schema.js';
import { csvLine } from './csv.js';

export interface RowCsv<T> {
  header(): string;
  row(r: T): string;
}

function tableCsv<T extends Record<string, unknown>>(columns: readonly string[]): RowCsv<T> {
  return { header: () => csvLine([...columns]), row: (r) => csvLine(columns.map((c) => r[c])) };
}

export const CAREER_COLUMNS = CareerRow.keyof().options;
export const ATTENDANCE_COLUMNS = AttendanceRow.keyof().options;

export const careersCsv = (): RowCsv<CareerRow> => tableCsv<CareerRow>(CAREER_COLUMNS);
export const attendanceCsv = (): RowCsv<AttendanceRow> => tableCsv<AttendanceRow>(ATTENDANCE_COLUMNS);
