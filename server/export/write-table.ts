/**
 * Writes a research table (careers or attendance) to a CSV file, streamed from the database
 * page by page: written as FILE.partial, renamed when complete, removed when the export fails,
 * so a file with the final name is always whole.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Executor } from '../graph/executor.js';
import { streamAttendance, streamCareers } from '../graph/queries/research-export.js';
import { attendanceCsv, careersCsv } from './research-csv.js';

export type ResearchTable = 'careers' | 'attendance';

/** Writes the table to `out`; returns the number of rows. */
export async function writeResearchTable(executor: Executor, table: ResearchTable, out: string): Promise<number> {
  const partial = `${out}.partial`;
  const file = createWriteStream(partial);
  const put = async (s: string) => {
    if (!file.write(s)) await once(file, 'drain');
  };
  try {
    let rows: number;
    if (table === 'careers') {
      const csv = careersCsv();
      await put(csv.header());
      rows = await streamCareers(executor, {}, (r) => put(csv.row(r)));
    } else {
      const csv = attendanceCsv();
      await put(csv.header());
      rows = await streamAttendance(executor, {}, (r) => put(csv.row(r)));
    }
    file.end();
    await once(file, 'finish');
    await rename(partial, out);
    return rows;
  } catch (err) {
    file.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
