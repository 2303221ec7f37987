/**
 * Positioned text of one printed page, as a PDF's text layer or OCR gives it, and what the
 * layout analysis (extractors/readers/pdf-layout.ts) makes of it. Coordinates are in the
 * page's own units (PDF points, or image pixels for scans), origin top left, y downwards.
 */
import type { RawCredit } from '../types.js';

/** An axis-aligned box: left, top, right, bottom. */
export interface Box { x0: number; y0: number; x1: number; y1: number }

/** A word (for Chinese: a run of characters without a gap) with its box. */
export interface PageWord extends Box {
  text: string;
  /** OCR confidence 0–100; absent for a PDF's text layer. */
  conf?: number;
}

/** A printed line: its words left to right. */
export interface PageLine extends Box { words: PageWord[] }

/** One page's positioned text. */
export interface PositionedPage {
  /** 1-based page number in its file. */
  number: number;
  width: number;
  height: number;
  lines: PageLine[];
  /** True when the text was read by OCR (then words carry `conf`). */
  ocr: boolean;
}

/** What the page's header band (or its file name) says about the page. */
export interface PageHeader {
  /** `YYYY-MM-DD` printed in the header, e.g. from `2020年12月28日`. */
  date: string | null;
  /** The paper's name, e.g. `平湖日报`. */
  paper: string | null;
  /** The page label as printed, e.g. `A03版`, `第3版`. */
  pageLabel: string | null;
}

/** A stretch `[start, end)` of an article's text and where its line sits on the page. */
export interface TextRegion { start: number; end: number; box: Box }

/** One article found on a page by its layout. */
export interface LaidOutArticle {
  title: string | null;
  /** Other headline lines printed with it (kicker 引题, subtitle 副题). */
  kickers: string[];
  text: string;
  credits: RawCredit[];
  /** Where each line of `text` is printed. */
  regions: TextRegion[];
  /** Spans of `text` that OCR read with low confidence. */
  lowConfidence: Array<[number, number]>;
  /** The article's whole extent on the page (headline, credits and body). */
  box: Box;
}

/** A page read by its layout: articles, credits no article claims, page furniture. */
export interface PageLayout {
  articles: LaidOutArticle[];
  pageCredits: RawCredit[];
  /** Headline-like text that belongs to no article (banners, section names). */
  ignored: string[];
  header: PageHeader;
}
