// Kinds of person and byline misses found by a held-out check (issue 11, part 2): name lists with one
// unreadable item, posts containing 和, PDF line breaks, names after occupation labels, credit lines
// with a media body. Every snippet was written for this test (invented people, real kinds of text).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { personRoleExtractor } from '../../extractors/person-role.extractor.js';
import { bylineExtractor } from '../../extractors/byline.extractor.js';
import { meetingExtractor } from '../../extractors/meeting.extractor.js';
import { joinedView, softBreaks } from '../../extractors/soft-breaks.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

function run(text: string) {
  const x = extractArticle(
    { article: { id: 'a', title: null, published: '2025-06-10', source: 't', text }, credits: [] },
    { extractors: [personRoleExtractor, bylineExtractor, meetingExtractor] },
  );
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  const persons = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
  const roles = (p: string) => x.relations.filter((r) => r.type === 'HOLDS_ROLE' && name(r.from) === p).map((r) => name(r.to));
  const wrote = x.relations.filter((r) => r.type === 'WROTE').map((r) => `${name(r.from)}|${r.props.as}`);
  const attended = x.relations.filter((r) => r.type === 'ATTENDED').map((r) => `${name(r.from)}|${r.props.as}`);
  const mentions = (p: string) => x.entities.find((e) => e.type === 'Person' && e.name === p)?.mentions.map(([a, b]) => text.slice(a, b));
  return { persons, roles, wrote, attended, mentions };
}

describe('a name list framed by a post or a label', () => {
  it('does not stop at an item the tokenizer reads as a word (付强/v)', () => {
    const r = run('县委常委邝志远、鄢丽华、付强、庹新民、晁冰出席会议。');
    expect(r.persons).toEqual(['邝志远', '鄢丽华', '付强', '庹新民', '晁冰']);
    expect(r.roles('晁冰')).toEqual(['县委常委']);
  });

  it('reads a list whose first name has a rare surname (拜, 喇, 仉, 禚)', () => {
    expect(run('县领导拜永红、田秀娟、苏明亮参加会议。').persons).toEqual(['拜永红', '田秀娟', '苏明亮']);
    expect(run('市领导仉国栋、禚春燕、续兴旺、笪志伟出席活动。').persons).toEqual(['仉国栋', '禚春燕', '续兴旺', '笪志伟']);
  });

  it('takes items whose surname is also a common word character (星, 海, 者) inside the frame', () => {
    expect(run('县领导吉晓东、星玉兰、马福成、喇建华出席。').persons).toEqual(['吉晓东', '星玉兰', '马福成', '喇建华']);
    expect(run('县领导海福林、者秀兰、田家和出席会议。').persons).toEqual(['海福林', '者秀兰', '田家和']);
    expect(run('副县长糜文清、郗红梅、过建平陪同调研。').roles('过建平')).toEqual(['副县长']);
  });

  it('reads an honour list closed by 等 and a count, Tibetan names included, and no part of a name', () => {
    expect(run('大会授予索朗、胡秀芳、才让卓玛、韩明英等25名同志“优秀共产党员”称号。').persons)
      .toEqual(['索朗', '胡秀芳', '才让卓玛', '韩明英']);
  });

  it('takes no words after a label, and leaves a post item to its own post', () => {
    expect(run('群众关心、支持改革。').persons).toEqual([]);
    expect(run('村民种植玉米、大豆、高粱。').persons).toEqual([]);
    expect(run('县委常委、宣传部长、副县长出席。').persons).toEqual([]);
    const r = run('副县长王大明、李小红、县政协副主席赵刚出席。');
    expect(r.roles('李小红')).toEqual(['副县长']);
    expect(r.roles('赵刚')).toEqual(['县政协副主席']);
  });
});

describe('posts of departments whose names contain 和', () => {
  it('keeps 和 inside the body before a post (文化和旅游局, 住房和城乡建设局, 农业农村和水利局)', () => {
    expect(run('县文化和旅游局局长柴国庆参加调研。').roles('柴国庆')).toEqual(['县文化和旅游局局长']);
    expect(run('县住房和城乡建设局副局长贲晓梅介绍了情况。').roles('贲晓梅')).toEqual(['县住房和城乡建设局副局长']);
    expect(run('县农业农村和水利局局长訾长青主持。').roles('訾长青')).toEqual(['县农业农村和水利局局长']);
    const r = run('区人力资源和社会保障局局长邬海燕、市工业和信息化局副局长诸葛红出席。');
    expect(r.roles('邬海燕')).toEqual(['区人力资源和社会保障局局长']);
    expect(r.roles('诸葛红')).toEqual(['市工业和信息化局副局长']);
  });

  it('gives the appointee the whole post (任命X为…文化和旅游局局长)', () => {
    expect(run('会议决定任命宓建军为某某县文化和旅游局局长。').roles('宓建军')).toEqual(['某某县文化和旅游局局长']);
  });

  it('still splits two bodies or two labels joined by 和 (县委和县政府, 村民和企业代表)', () => {
    expect(run('县委和县政府领导出席。').persons).toEqual([]);
    expect(run('县委书记和县长一起出席。').persons).toEqual([]);
  });
});

describe('credit lines with a media body, and photo credits', () => {
  it('reads `文/图 <outlet>记者 X 通讯员 Y` as bylines, not as a person holding a post', () => {
    const r = run('文/图 某某县融媒体中心记者 蔺晓雯 通讯员 覃永康\n5月8日，全县春耕现场会召开。');
    expect(r.wrote).toEqual(['蔺晓雯|记者', '覃永康|通讯员']);
    expect(r.roles('蔺晓雯')).toEqual([]);
    expect(run('5月8日，全县春耕现场会召开。\n文/图 某某日报记者 敖雪松').wrote).toEqual(['敖雪松|记者']);
  });

  it('keeps a photo credit as 摄影 when the person is also credited as reporter', () => {
    expect(run('本报讯（记者 蔺晓雯）5月8日，全县春耕现场会召开。\n图为会议现场。（蔺晓雯 摄）').wrote).toEqual(['蔺晓雯|记者', '蔺晓雯|摄影']);
    expect(run('本报讯 5月8日，全县春耕现场会召开。图为现场。（记者 柯雨桐 摄）').wrote).toEqual(['柯雨桐|记者', '柯雨桐|摄影']);
  });
});

describe('PDF line breaks inside a sentence', () => {
  it('finds soft breaks only inside prose, and maps the joined view back to the text', () => {
    const text = '某某县召开春耕现场会\n会上，县人大常委会主任\n邬建平主持。\n下一段';
    expect(softBreaks(text)).toEqual([text.indexOf('主任\n') + 2]);
    const v = joinedView(text)!;
    expect(v.text).toBe('某某县召开春耕现场会\n会上，县人大常委会主任邬建平主持。\n下一段');
    const at = v.text.indexOf('邬建平');
    expect(text.slice(v.toOrig[at]!, v.toOrig[at + 3 - 1]! + 1)).toBe('邬建平');
  });

  it('reads a post and its holder across a break, and a list broken after 、', () => {
    const r = run('8月20日，某某县人大常委会召开第二十次会议，县人大常委会主任\n邬建平主持会议。副主任蔺红梅、禹志刚、\n冼晋生出席会议。');
    expect(r.roles('邬建平')).toEqual(['县人大常委会主任']);
    expect(r.mentions('邬建平')).toEqual(['邬建平']);
    expect(r.roles('冼晋生')).toEqual(['副主任']);
    expect(r.attended).toEqual(['邬建平|chair', '蔺红梅|attendee', '禹志刚|attendee', '冼晋生|attendee']);
  });

  it('reads an appointment whose name follows a break', () => {
    expect(run('会议决定任命庹立新为县审计局局长，决定免去\n訾晓军的县统计局局长职务。').roles('訾晓军')).toEqual(['县统计局局长']);
  });

  it('does not join a headline to the body', () => {
    expect(softBreaks('某某县召开春耕现场会\n县委书记邬建平出席。')).toEqual([]);
  });
});

describe('names after occupation labels, and the word that follows a name', () => {
  it('takes a name after a household or farmer label (种植户, 养殖户, 经营户) with no post', () => {
    const r = run('种植户禹长顺把自家的大豆卖给了合作社。');
    expect(r.persons).toEqual(['禹长顺']);
    expect(r.roles('禹长顺')).toEqual([]);
    expect(run('养殖户庹秀英在圈舍里忙碌。').persons).toEqual(['庹秀英']);
    expect(run('她与经营户扎西顿珠拉家常。').persons).toEqual(['扎西顿珠']);
  });

  it('ends a name after a post at an adverb or preposition (一边, 关于)', () => {
    expect(run('合作社理事长蔺玉山一边查看长势，一边介绍情况。').persons).toEqual(['蔺玉山']);
    expect(run('村党支部负责人旺堆关于产业发展的想法很多。').persons).toEqual(['旺堆']);
  });
});

describe('a given name ending in a character that is also a verb', () => {
  it('reads 王春来 before 参加, but 王刚 before 来说 / 来到 / 来了', () => {
    expect(run('副主任王春来参加会议。').persons).toEqual(['王春来']);
    expect(run('对县长王刚来说，这是大事。').persons).toEqual(['王刚']);
    expect(run('副县长王刚来到现场。').persons).toEqual(['王刚']);
    expect(run('县长王刚来了。').persons).toEqual(['王刚']);
  });
});
