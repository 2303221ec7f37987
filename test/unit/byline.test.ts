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

  // issue 11: the other printed forms of a byline, and editor credits that are not bylines
  it('reads (文/A 图/B): 文 gives no role, 图 gives 摄影', () => {
    expect(bylines('活动气氛热烈。（文/郝晴川 图/石乐天）\n某社区居委会')).toEqual(['郝晴川:null', '石乐天:摄影']);
  });

  it('reads a role word printed with a space inside and a colon (记 者:A B 见习记者 C)', () => {
    expect(bylines('会议顺利闭幕。（记 者:范小溪 童一鸣 见习记者 柏晓）')).toEqual(['范小溪:记者', '童一鸣:记者', '柏晓:记者']);
  });

  it('reads 【记者】X, 记者:A、B, 撰稿:X and 作者:X lines', () => {
    expect(bylines('正文。\n【记者】葛然')).toEqual(['葛然:记者']);
    expect(bylines('正文。\n来源:某县广播电视台\n记者:邝一帆、甄晓\n编辑:钟雨')).toEqual(['邝一帆:记者', '甄晓:记者']);
    expect(bylines('正文。\n撰稿:霍青 编辑:包海 责编:阿古拉 审核:岳敏')).toEqual(['霍青:null']);
    expect(bylines('正文。\n来源:某某政府网\n作者:甘露\n编辑:webadmin')).toEqual(['甘露:null']);
  });

  it('reads a credit that ends the last paragraph after a sentence (。 融媒体中心记者/X 编辑:Y 初审:Z)', () => {
    expect(bylines('项目进展顺利。 融媒体中心记者/阿依江 编辑:严青 初审:谭明 终审:林 燕')).toEqual(['阿依江:记者']);
  });

  it('reads (记者 X 编辑 Y) as one reporter: editors are not bylines', () => {
    expect(bylines('晚会在歌声中结束。(记者 祁连山 编辑 祁连山)')).toEqual(['祁连山:记者']);
    expect(bylines('晚会在歌声中结束。(记者 祁连山 编辑 温如玉)')).toEqual(['祁连山:记者']);
    expect(bylines('参观结束后合影留念\n(编辑 温如玉)\n(通讯员 龙小安)')).toEqual(['龙小安:通讯员']);
    expect(bylines('正文。\n录入者:温如玉 责任编辑:温如玉')).toEqual([]);
  });

  it('reads an unlabelled (X) or padded (A  B  C) credit closing the text, not a caption in brackets', () => {
    expect(bylines('会议取得圆满成功。(邬小翠)')).toEqual(['邬小翠:null']);
    expect(bylines('共评出先进工作者6名。\n(但永红  柴  明)')).toEqual(['但永红:null', '柴明:null']);
    expect(bylines('（东坝镇座谈现场）\n座谈会后，委员们参观了基地。')).toEqual([]);
    expect(bylines('比赛结束。（县教体局）')).toEqual([]);
  });

  it('does not read prose that starts with a role word as a credit', () => {
    expect(bylines('记者从县农业农村局获悉，今年全县粮食喜获丰收。')).toEqual([]);
    expect(bylines('工程进展顺利。（记者了解到，项目年底完工）')).toEqual([]);
  });
});

