import { describe, expect, it } from 'vitest';
import { creditText, isCreditContinuation, isCreditLine } from '../../extractors/credit-line.js';

// Invented names, written for this test.
describe('credit lines', () => {
  it('recognises credits with and without the mark, in brackets, with colons', () => {
    for (const l of ['■记者 陶然 通讯员 白露', '■摄影 何 平 罗小川', '记者 陶然', '本报记者 陶然 实习生 白露', '记者：陶然', '（记者 陶然 通讯员 白露）', '文/图 陶然', '■本报记者 欧阳明远']) {
      expect(isCreditLine(l), l).toBe(true);
    }
  });

  it('takes the markers of credit-words.ts too (撰稿, 文/图 after an outlet, X 摄), and editor lines', () => {
    for (const l of ['撰稿:陶然', '撰稿：陶然 编辑：白露', '文/图 某某县融媒体中心记者 陶然 通讯员 白露', '某某日报记者 陶然', '陶然 摄', '责任编辑：白露']) {
      expect(isCreditLine(l), l).toBe(true);
    }
  });

  it('does not take prose for a credit', () => {
    for (const l of ['记者 了解到，目前', '记者 了解到，目前该镇已完成', '记者，王某某家多年来靠着', '■ 加快项目建设进度', '记者从市住建局获悉，今年全市新开工', '文化礼堂迎来书法展', '撰稿工作由县委办负责', '图为春耕现场 摄']) {
      expect(isCreditLine(l), l).toBe(false);
    }
  });

  it('continues a credit with a line of names only, and prints the credit without its mark', () => {
    expect(isCreditContinuation('孙一鸣')).toBe(true);
    expect(isCreditContinuation('果农忙防冻保丰收')).toBe(false);
    expect(creditText(['■摄影 何 平 罗小川', '孙一鸣'])).toBe('摄影 何 平 罗小川 孙一鸣');
    expect(creditText(['（记者 陶然）'])).toBe('记者 陶然');
  });
});
