/**
 * Hand-written one-page PDFs for the error fixtures: a plain one, and the same with the
 * standard security handler (RC4, 40-bit, revision 2) and a user password, so that readers
 * must refuse it. Written here because no tool on the machine encrypts PDFs.
 */
import { createHash } from 'node:crypto';

/** The padding string of the PDF standard security handler (PDF 1.7, 7.6.3.3). */
const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

interface Security { key: Buffer; o: Buffer; u: Buffer; p: number; id: Buffer }

function security(user: string, owner: string): Security {
  const id = md5(Buffer.from('baoxun-fixture'));
  const o = rc4(md5(padded(owner)).subarray(0, 5), padded(user));
  const p = -4; // all permissions
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(padded(user), o, pBytes, id).subarray(0, 5);
  return { key, o, u: rc4(key, PAD), p, id };
}

/** The key for one object's strings and streams (algorithm 1). */
function objectKey(sec: Security, num: number): Buffer {
  const suffix = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
  return md5(sec.key, suffix).subarray(0, 10);
}

const hex = (b: Buffer): string => `<${b.toString('hex')}>`;

/** A one-page PDF printing `text` (ASCII) in Helvetica; encrypted with `password` when given. */
export function tinyPdf(text: string, password?: string): Buffer {
  const sec = password ? security(password, `${password}-owner`) : null;
  const content = Buffer.from(`BT /F1 24 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`, 'latin1');
  const stream = sec ? rc4(objectKey(sec, 4), content) : content;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  if (sec) objects.push(Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O ${hex(sec.o)} /U ${hex(sec.u)} /P ${sec.p} >>`));
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  const id = sec ? ` /ID [${hex(sec.id)} ${hex(sec.id)}]` : '';
  const enc = sec ? ` /Encrypt ${objects.length} 0 R` : '';
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R${enc}${id} >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}
