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

// issue 11: who took part, on unseen papers (invented reports and names)
describe('attendance on unseen papers', () => {
  it('takes every name of a list before 出席, those the person pass misses too', () => {
    const got = attended('9月6日，区人大常委会召开第九次会议。区人大常委会副主任韩可心、宋千禾、钱百顺、陈万里出席会议。');
    expect(got).toEqual(['韩可心|第九次会议|attendee', '宋千禾|第九次会议|attendee', '钱百顺|第九次会议|attendee', '陈万里|第九次会议|attendee']);
  });

  it('chains a list across an acting post, 同志 and a rank (代检察长, X同志, 正县级干部)', () => {
    const got = attended('9月6日，区人大常委会召开第九次会议。副区长韩可心，区法院院长宋千禾，区检察院代检察长郑秀兰列席会议。');
    expect(got).toEqual(['韩可心|第九次会议|observer', '宋千禾|第九次会议|observer', '郑秀兰|第九次会议|observer']);
    expect(attended('5月2日，县里召开座谈会。县领导段晓峰同志、秦世英同志，正县级干部冯书凡出席会议。'))
      .toEqual(['段晓峰|座谈会|attendee', '秦世英|座谈会|attendee', '冯书凡|座谈会|attendee']);
  });

  it('takes the chair named by 由…主持 with a post the title grammar does not know', () => {
    expect(attended('1月5日，县里召开迎春座谈会。会议由县委常委、组织部长钱百顺主持。')).toEqual(['钱百顺|迎春座谈会|chair']);
  });

  it('takes the person sworn in (宣誓人X) at an oath ceremony', () => {
    const text = '6月8日，县人大常委会举行宪法宣誓仪式。会议任命段晓峰为副县长。随后，宣誓人段晓峰左手抚按宪法，右手举拳，诵读誓词。';
    expect(attended(text)).toEqual(['段晓峰|宪法宣誓仪式|attendee']);
  });

  it('ties nobody to a session only mentioned as over (刚刚闭幕的…会议)', () => {
    const text = '6月8日，县人大常委会举行宪法宣誓仪式。刚刚闭幕的县人大常委会第十次会议通过了任免事项。副主任韩可心、秦世英参加宣誓仪式。';
    expect(attended(text)).toEqual(['韩可心|宪法宣誓仪式|attendee', '秦世英|宪法宣誓仪式|attendee']);
  });

  it('takes the first people of a sentence opened at the event by a long name (在随后召开的…推进会上，)', () => {
    const text = '5月3日，县里召开现场推进会。当天上午，观摩组察看了两个社区。在随后召开的全县社区治理推进会上，县委常委、副县长秦世英要求，抓好落实。';
    expect(attended(text)).toEqual(['秦世英|全县社区治理推进会|attendee']);
  });

  it('takes a speaker whose sentence follows a meeting sentence split by ；', () => {
    const text = '在随后召开的全县社区治理推进会上，副县长秦世英要求，要学习经验；要抓好整改。就如何推进这项工作，县委副书记冯书凡强调，要补齐短板。';
    expect(attended(text)).toEqual(['秦世英|全县社区治理推进会|attendee', '冯书凡|全县社区治理推进会|speaker']);
  });

  it('takes the list that convenes the event (A、B等一行到X镇开展…座谈会)', () => {
    const text = '11月3日上午，县政协副主席韩可心、县政协常委宋千禾等一行到石桥镇开展界别委员民情座谈会。';
    expect(attended(text)).toEqual(['韩可心|界别委员民情座谈会|attendee', '宋千禾|界别委员民情座谈会|attendee']);
  });

  it('takes the person whose clause follows the meeting\'s in its sentence, not one only named there', () => {
    expect(attended('8月3日晚，石桥村李家屋场召开屋场会，县委常委、常务副县长段晓峰与村民一起促膝谈心。'))
      .toEqual(['段晓峰|屋场会|attendee']);
    expect(attended('6月2日，区政协主席韩可心主持召开区政协主席会议，传达市政协主席冯书凡来区调研活动精神。'))
      .toEqual(['韩可心|区政协主席会议|chair']);
  });

  it('takes people who come to the venue (来到…分会场), not those who visit a site (走进…现场)', () => {
    expect(attended('9月8日下午，全区第三届邻里节分会场在此拉开帷幕。街道副书记段晓峰、社区党委书记秦世英等领导一行来到社区分会场，与居民一同庆祝。'))
      .toEqual(['段晓峰|全区第三届邻里节|attendee', '秦世英|全区第三届邻里节|attendee']);
    expect(attended('6月2日，区政协召开主席会议。市政协主席冯书凡走进石刻博物馆，现场听取讲解。')).toEqual([]);
  });

  it('takes 发表…讲话 as a speech and 登上领奖台 as taking part at an awards ceremony', () => {
    const text = '4月26日晚，县里举行第五届劳动模范颁奖大会。在这场颁奖典礼上，县长段晓峰发表了热情洋溢的讲话。受到表彰的秦世英、冯书凡等劳动模范一一登上领奖台。';
    expect(attended(text)).toEqual([
      '段晓峰|第五届劳动模范颁奖大会|speaker', '秦世英|第五届劳动模范颁奖大会|attendee', '冯书凡|第五届劳动模范颁奖大会|attendee',
    ]);
  });
});

describe('people at the scene of an event', () => {
  it('takes the people opening the clauses of a sentence opened at the event (发放现场…，村民X说)', () => {
    const text = '5月1日，东坪村举行土地流转收益发放仪式。发放现场村民们笑逐颜开，秦世英老人向记者展示了领到的钱，村民冯书凡说，日子越过越好。';
    expect(attended(text)).toEqual(['秦世英|土地流转收益发放仪式|attendee', '冯书凡|土地流转收益发放仪式|attendee']);
  });

  it('does not take a project site for the scene of the event (项目现场，X…)', () => {
    expect(attended('5月1日，县里召开项目推进会。项目现场，副县长秦世英察看了施工进度。')).toEqual([]);
  });
});
