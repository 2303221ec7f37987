// Byline extraction. Fixtures are invented credit lines in the forms papers print (made-up names).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';

// nodejieba loads its dictionary on first use (seconds on a busy machine): not part of any test's time
beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);
import { extractArticle } from '../../extractors/pipeline.js';
import { bylineExtractor } from '../../extractors/byline.extractor.js';
import type { RawCredit } from '../../extractors/types.js';

function bylines(text: string, credits: RawCredit[] = []) {
  const x = extractArticle(
    { article: { id: 'art1', title: null, published: null, source: 't', text }, credits },
    { extractors: [bylineExtractor], validate: true },
  );
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  return x.relations.filter((r) => r.type === 'WROTE').map((r) => `${name(r.from)}:${r.props.as}`);
}

describe('byline extractor', () => {
  it('reads 本报讯(记者 X 通讯员 Y Z) with a padded name', () => {
    expect(bylines('本报讯（记者 黄 山 通讯员 李可 吴文静）5月9日，…')).toEqual(['黄山:记者', '李可:通讯员', '吴文静:通讯员']);
  });

  it('reads credits without spaces and with 全媒体记者', () => {
    expect(bylines('本报讯 (记者周小川通讯员钱多) 9日，…')).toEqual(['周小川:记者', '钱多:通讯员']);
    expect(bylines('据县融媒体中心报道 (全媒体记者郑好)5月9日，…')).toEqual(['郑好:记者']);
  });

  it('reads last-line credits: 本报记者X, 记者:A B, 作者: …, (A B), X 摄', () => {
    expect(bylines('正文。\n本报记者宋雨')).toEqual(['宋雨:记者']);
    expect(bylines('正文。\n记者:严冬 齐飞')).toEqual(['严冬:记者', '齐飞:记者']);
    expect(bylines('正文。\n来源:某县融媒体中心 作者:记者 白雪 通讯员 方圆')).toEqual(['白雪:记者', '方圆:通讯员']);
    expect(bylines('会议还研究了其他事项。 (林森 贾平)')).toEqual(['林森:null', '贾平:null']);
    expect(bylines('工人正在施工。 唐果 摄')).toEqual(['唐果:摄影']);
  });

  it('reads 文/记者 … 图/通讯员 … lines and gives 实习生 no role', () => {
    expect(bylines('文/记者 程远 图/通讯员 杜若\n正文。')).toEqual(['程远:记者', '杜若:通讯员']);
    expect(bylines('●本报记者 钱多 实习生 周末\n正文。')).toEqual(['钱多:记者', '周末:null']);
  });

  it('does not read an organisation credit (县教体局) as a byline', () => {
    expect(bylines('比赛圆满结束。（县教体局）')).toEqual([]);
  });

  it('reads credits the page splitter attributed to the article, also when printed outside the body', () => {
    expect(bylines('正文。', [{ text: '记者 冯远 通讯员 张一帆', start: null }])).toEqual(['冯远:记者', '张一帆:通讯员']);
    expect(bylines('正文。', [{ text: '摄影 王 强 陈明', start: null }])).toEqual(['王强:摄影', '陈明:摄影']);
  });

  // extra-dev failures (invented credits): an outlet before the role word, 文/图 after the names, names with ·
  it('reads a credit whose role word follows the outlet name', () => {
    expect(bylines('正文。\n（某县融媒体中心 记者 石磊）')).toEqual(['石磊:记者']);
    expect(bylines('正文。\n（某县融媒记者 盘小雨 通讯员 韩青）')).toEqual(['盘小雨:记者', '韩青:通讯员']);
  });

  it('reads (记者 X 文/图) and minority names with the middle dot', () => {
    expect(bylines('本报讯（记者 欧阳雪 文/图）5月9日，…')).toEqual(['欧阳雪:记者']);
    expect(bylines('正文。\n（通讯员 努尔兰·托合提 韩青）')).toEqual(['努尔兰·托合提:通讯员', '韩青:通讯员']);
  });

  it('reads a name without a Han surname standing alone in a credit', () => {
    expect(bylines('正文。\n（某县融媒体中心 记者 格桑次仁 邓 洁）')).toEqual(['格桑次仁:记者', '邓洁:记者']);
  });
});
