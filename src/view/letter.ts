// A letter fact (src/reports/letters.ts) as a document: the data its template sees, the template
// rendered through the engine (src/view/templates.ts) in its language, and the result as Markdown,
// plain text or a print-ready A4 HTML page. Also the file name a letter is written under.
import { LETTER_HELPERS } from '../reports/letter-sample.js';
import { letterData, type LetterDoc } from '../reports/letters.js';
import { blocksToHtml, blocksToText, parseBlocks, shield, toMarkdown } from './letter-markup.js';
import { createTemplates, type Templates } from './templates.js';

export type LetterFormat = 'md' | 'txt' | 'html' | 'pdf' | 'eml';
export const LETTER_FORMATS: readonly LetterFormat[] = ['md', 'txt', 'html', 'pdf', 'eml'];

/** The letter engine: built-in and user templates, with the helpers letters need. */
export function letterTemplates(userDir: string | null): Templates {
  const tpl = createTemplates({ userDir });
  for (const [name, fn] of Object.entries(LETTER_HELPERS)) tpl.registerHelper(name, fn);
  return tpl;
}

export interface RenderedLetter {
  /** md / txt body, or the HTML page. */
  md: string;
  text: string;
  html: string;
}

/** Render one letter in the forms asked for (the template is rendered once per escaping mode). */
export function renderLetter(tpl: Templates, doc: LetterDoc, reference: string, want: { text: boolean; html: boolean }): RenderedLetter {
  const data = shield(letterData(doc, reference));
  const opts = { variant: doc.variant };
  let md = '';
  let text = '';
  let html = '';
  if (want.text) {
    const rendered = tpl.render('letters', doc.lang, doc.template, data, { ...opts, format: 'text' });
    md = toMarkdown(rendered);
    text = blocksToText(parseBlocks(rendered));
  }
  if (want.html) {
    const rendered = tpl.render('letters', doc.lang, doc.template, data, { ...opts, format: 'html' });
    html = htmlPage(blocksToHtml(parseBlocks(rendered)), doc.lang, reference);
  }
  return { md, text, html };
}

// A4 with print margins; the letterhead ruled off; tables full width with numbers right-aligned.
// Fonts: Noto CJK for Chinese (Debian fonts-noto-cjk), the system serif otherwise.
const CSS = `@page{size:A4;margin:20mm 18mm 22mm 20mm}
*{box-sizing:border-box}
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","Source Han Serif SC","Songti SC","SimSun",Georgia,"Times New Roman",serif;font-size:10.5pt;line-height:1.5;color:#111;margin:0}
.page{max-width:174mm;margin:0 auto}
.letterhead{border-bottom:2px solid #1f3a5f;padding-bottom:3mm;margin-bottom:6mm}
.letterhead h1,.letterhead p{margin:0}
.letterhead h1{font-size:15pt;color:#1f3a5f}
.letterhead p{font-size:9pt;color:#444}
.meta{text-align:right;font-size:9.5pt}
h1{font-size:14pt} h2{font-size:14pt;text-align:center;margin:5mm 0 4mm;letter-spacing:.05em}
h3{font-size:11pt;margin:5mm 0 2mm}
.urgent{color:#b00020;font-weight:bold;text-align:right}
table{width:100%;border-collapse:collapse;margin:2mm 0 4mm;font-size:9.5pt;page-break-inside:auto}
tr{page-break-inside:avoid}
th,td{border:1px solid #999;padding:1.2mm 2mm;text-align:left;vertical-align:top}
th{background:#eef2f7}
td.num,th.num{text-align:right;white-space:nowrap}
tr.total td{background:#f6f6f6}
.parties,.payment,.signature,.signatures,.slip{page-break-inside:avoid}
.signatures{margin-top:8mm}
.payment{border:1px solid #1f3a5f;padding:2mm 4mm;margin:3mm 0}
.signature{margin-top:10mm}
.seal{display:inline-flex;align-items:center;justify-content:center;width:40mm;height:40mm;padding:6mm;border:1px dashed #999;border-radius:50%;text-align:center;color:#999;font-size:8pt;line-height:1.3}
.seal p{margin:0}
.slip ul{list-style:none;padding-left:0}
.slip{border-top:1px dashed #666;margin-top:10mm;padding-top:4mm}
.cc{font-size:9pt;color:#444}
html[lang=zh-CN] .signature{text-align:right}
html[lang=zh-CN] .signature .seal{margin-right:8mm}`;

function htmlPage(body: string, lang: 'en' | 'zh', reference: string): string {
  const title = reference.replace(/[<>&"]/g, '');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
${CSS}
</style>
</head>
<body>
<div class="page">
${body}
</div>
</body>
</html>
`;
}

/**
 * The file name of a letter: date, step (or kind), customer code, currency — reduced to characters
 * safe on every file system, so a customer code can never lead out of the --out folder.
 */
export function letterFileName(doc: LetterDoc, ext: string): string {
  const what = doc.kind === 'dunning' ? `step${doc.step}-${doc.stepKey ?? doc.step}` : doc.kind;
  const code = doc.customer.code.replace(/[^\p{L}\p{N}_-]+/gu, '_').replace(/^[._]+/, '') || 'customer';
  return `${doc.date}_${what}_${code}_${doc.currency}.${ext}`;
}
