// The visit brief (上门催讨): templates/visit/<lang>/brief.hbs as text for the terminal, and
// brief.html.hbs (the `html` variant) as a print-ready A4 page; both from the same facts.
import type { Lang } from '../i18n/index.js';
import type { VisitFacts } from '../reports/script.js';
import { layout } from './script.js';
import type { Templates } from './templates.js';

export function renderVisitText(lang: Lang, facts: VisitFacts, templates: Templates, width = 80): string {
  return layout(templates.render('visit', lang, 'brief', facts, { format: 'text' }), width);
}

/** Every value HTML-escaped by the engine: a customer called `<script>` prints literally. */
export function renderVisitHtml(lang: Lang, facts: VisitFacts, templates: Templates): string {
  return templates.render('visit', lang, 'brief', facts, { variant: 'html', format: 'html' });
}

export function visitJson(lang: Lang, facts: VisitFacts, templates: Templates) {
  const text = templates.resolve('visit', lang, 'brief');
  const html = templates.resolve('visit', lang, 'brief', { variant: 'html' });
  return { ...facts, template: { id: text.id, source: text.source }, htmlTemplate: { id: html.id, source: html.source } };
}
