/**
 * Reading a PDF that Chromium printed, with pdftotext from poppler-utils (a Debian package, like Chromium): the
 * text of each page, and each word with its box, in points from the top left of its page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PdfWord {
  page: number;
  text: string;
  yMin: number;
  yMax: number;
}

export interface PdfReading {
  /** The text of each page, as laid out (pdftotext -layout). */
  pages: string[];
  words: PdfWord[];
  pageHeight: number;
}

/** The path of pdftotext, or undefined when poppler-utils is not installed. */
export function findPdftotext(): string | undefined {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return 'pdftotext';
  } catch {
    return undefined;
  }
}

export function readPdf(pdf: Buffer): PdfReading {
  const dir = mkdtempSync(path.join(tmpdir(), 'wim-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages = text.split('\f').slice(0, -1);
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const words: PdfWord[] = [];
    let page = -1;
    let pageHeight = 0;
    for (const line of bbox.split('\n')) {
      const pageTag = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
      if (pageTag) {
        page += 1;
        pageHeight = Number(pageTag[1]);
      }
      const word = /<word xMin="[\d.-]+" yMin="([\d.-]+)" xMax="[\d.-]+" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
      if (word) words.push({ page, text: word[3]!, yMin: Number(word[1]), yMax: Number(word[2]) });
    }
    return { pages, words, pageHeight };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
