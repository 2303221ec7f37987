// Issue 3 weak point, attendance: speakers whose sentence has no `…会上，` opener (the meeting is in
// the sentence before, the speech is placed `在会上`, `在NAME上讲话`, `致开幕辞`).
// Every snippet was written for this test (invented people and meetings).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { personRoleExtractor } from '../../extractors/person-role.extractor.js';
import { meetingExtractor } from '../../extractors/meeting.extractor.js';
import { findMeetings } from '../../extractors/meeting-names.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

function attended(text: string): string[] {
  const x = extractArticle(
    { article: { id: 'a', title: null, published: '2025-06-10', source: 't', text }, credits: [] },
    { extractors: [personRoleExtractor, meetingExtractor] },
  );
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  return x.relations.filter((r) => r.type === 'ATTENDED').map((r) => `${name(r.from)}|${name(r.to)}|${r.props.as}`);
}

describe('speakers without a `…会上，` opener', () => {
  it('takes the person who speaks right after the sentence that reports the meeting', () => {
    expect(attended('随后，调研组在石门镇召开座谈会。县长郝建军强调，要守住安全底线。'))
      .toEqual(['郝建军|座谈会|speaker']);
  });

  it('takes a speech placed at the meeting (`在会上`, `在推进会上`) in a later sentence', () => {
    const text = '9日上午，全县秋粮收购工作推进会召开。会议通报了收购进度。县委书记郝建军在推进会上强调，要抓好收购。';
    expect(attended(text)).toEqual(['郝建军|全县秋粮收购工作推进会|speaker']);
    expect(attended('9日上午，全县秋粮收购工作推进会召开。会议通报了收购进度。县长孟庆峰在会上要求，要守住底线。'))
      .toEqual(['孟庆峰|全县秋粮收购工作推进会|speaker']);
  });

  it('does not take a speaker two sentences after the meeting without a place for the speech', () => {
    expect(attended('9日上午，全县秋粮收购工作推进会召开。会议通报了收购进度。县长孟庆峰强调，要守住底线。')).toEqual([]);
  });

  it('reports a meeting named only by the speech placed at it (`X在NAME上讲话`)', () => {
    expect(findMeetings('9日上午，县委书记郝建军在全县秋粮收购工作推进会上讲话。').map((m) => m.name)).toEqual(['全县秋粮收购工作推进会']);
    expect(attended('9日上午，县委书记郝建军在全县秋粮收购工作推进会上讲话。')).toEqual(['郝建军|全县秋粮收购工作推进会|speaker']);
  });

  it('does not report a meeting whose speech is relayed (`学习X在…会议上的讲话`)', () => {
    expect(findMeetings('会议学习了省委书记在全省经济工作会议上的讲话。')).toEqual([]);
  });

  it('takes the person who speaks after a sentence opened by the meeting (`推介会上，…。X介绍`)', () => {
    const text = '10月20日，全县农特产品推介会在梅山镇举行。推介会上，12家企业签订购销协议。某茶业公司董事长余国庆介绍，红茶销量增长三成。';
    expect(attended(text)).toEqual(['余国庆|全县农特产品推介会|speaker']);
  });

  it('takes whoever acts `在会上` in a later sentence (在会上发布)', () => {
    const text = '10月20日，全县农特产品推介会在梅山镇举行。12家企业签订购销协议。县商务局局长储红梅在会上发布了直播带货行动。';
    expect(attended(text)).toEqual(['储红梅|全县农特产品推介会|speaker']);
  });

  it('takes the first person speaking in a sentence opened by `活动现场，` (在经验分享时说)', () => {
    const text = '7月1日上午，社区党建品牌发布会在社区党群服务中心举行。活动现场，社区党委书记何秀珍在经验分享时说，网格是基层治理的抓手。';
    expect(attended(text)).toEqual(['何秀珍|社区党建品牌发布会|attendee']);
  });

  it('takes 致开幕辞 / 致欢迎辞 as a speech', () => {
    const got = attended('9日上午，第三届茶文化节开幕式举行。县委书记郝建军宣布开幕，副县长孟庆峰致开幕辞。');
    expect(got.filter((a) => a.startsWith('孟庆峰|') && a.endsWith('|speaker'))).toHaveLength(1);
    expect(attended('9日上午，全县招商推介会举行。副县长孟庆峰致欢迎辞。')).toEqual(['孟庆峰|全县招商推介会|speaker']);
  });
});
