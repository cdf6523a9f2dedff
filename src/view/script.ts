// The call script on screen: the script's facts through templates/scripts/<lang>/<type>.hbs (the
// user's folder first), laid out to the terminal by display width. `ar script` prints it; `ar call`
// shows it before each call.
import type { Lang } from '../i18n/index.js';
import type { ScriptFacts } from '../reports/script.js';
import { codeLabel, daysText, roleLabel, stepLabel, typeLabel } from './labels.js';
import { createTemplates, type Templates } from './templates.js';
import { LETTER_HELPERS } from '../reports/letter-sample.js';
import { wrapWords } from './wrap.js';
import { methodText } from './account.js';

const langOf = (options: unknown): Lang => ((options as { data?: { lang?: string } })?.data?.lang === 'zh' ? 'zh' : 'en');

/**
 * The template set for call scripts and visit briefs, with the label helpers their templates use:
 * `{{typeName code}}`, `{{stepName code}}`, `{{roleName role}}`, `{{statusName status}}`, `{{days n}}`,
 * `{{methodName method}}`,
 * `{{#if (otherTitle person)}}`.
 */
export function documentTemplates(userDir: string | null): Templates {
  const tpl = createTemplates({ userDir });
  tpl.registerHelper('typeName', (code, o) => typeLabel(langOf(o), String(code), 'long'));
  tpl.registerHelper('stepName', (code, o) => stepLabel(langOf(o), String(code)));
  tpl.registerHelper('roleName', (role, o) => roleLabel(langOf(o), String(role)));
  tpl.registerHelper('statusName', (s, o) => codeLabel(langOf(o), 'status', String(s)));
  tpl.registerHelper('days', (n, o) => daysText(langOf(o), Number(n)));
  // "bank transfer" as the promise recorded it, in the glossary's words (银行转账) where known.
  tpl.registerHelper('methodName', (m, o) => methodText(String(m), langOf(o)));
  // A contact's job title, when it says more than the role's label ("CFO" beside "decision maker").
  tpl.registerHelper('otherTitle', (p, o) => {
    const c = p as { title?: string | null; role?: string | null } | null;
    return !!c?.title && c.title !== (c.role ? roleLabel(langOf(o), c.role) : '');
  });
  // Letters share the set (`ar templates` lists and checks every area): their helpers too.
  for (const [name, fn] of Object.entries(LETTER_HELPERS)) tpl.registerHelper(name, fn);
  return tpl;
}

/**
 * Template output laid out for a terminal: each line wrapped by display width, continuation lines
 * under the text of a "- " item; runs of blank lines (what Handlebars leaves of skipped blocks) kept to one.
 */
export function layout(text: string, width: number): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const body = line.trimStart();
    const indent = lead + (/^(- |\d+\. )/.exec(body)?.[0].length ?? 0);
    out.push(...wrapWords(body, width, indent, ' '.repeat(lead)));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** The template a customer's script comes from: its type's (an unclassified customer: oversight's). */
export function scriptTemplateName(facts: ScriptFacts): string {
  return facts.customer.scriptType;
}

/** The call script as text, wrapped to `width` columns. */
export function renderCallScript(lang: Lang, facts: ScriptFacts, templates: Templates, width = 80): string {
  return layout(templates.render('scripts', lang, scriptTemplateName(facts), facts, { format: 'text' }), width);
}

/** `ar script --json`: the facts (codes, never labels) and the template used. */
export function scriptJson(lang: Lang, facts: ScriptFacts, templates: Templates) {
  const t = templates.resolve('scripts', lang, scriptTemplateName(facts));
  return { ...facts, template: { id: t.id, source: t.source } };
}
