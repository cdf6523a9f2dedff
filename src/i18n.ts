// Every user-facing string exists in English and Chinese. Modules keep their own catalogues
// (defineMessages) so that no single file collects everyone's strings.
export type Lang = 'en' | 'zh';
export type Bilingual = { en: string; zh: string };

type Params = Record<string, string | number>;

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** `{name}` placeholders are filled from params. */
export function defineMessages<K extends string>(catalogue: Record<K, Bilingual>) {
  return {
    t(lang: Lang, key: K, params?: Params): string {
      return fill(catalogue[key][lang], params);
    },
    both(key: K, params?: Params): Bilingual {
      return { en: fill(catalogue[key].en, params), zh: fill(catalogue[key].zh, params) };
    },
  };
}

export function bi(en: string, zh: string): Bilingual {
  return { en, zh };
}

/** Language from --lang, AR_LANG, then the locale variables (zh_* → zh). */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  const pick = (v: string | undefined): Lang | undefined => {
    if (!v) return undefined;
    const s = v.toLowerCase();
    if (s === 'en' || s.startsWith('en_') || s.startsWith('en-')) return 'en';
    if (s === 'zh' || s.startsWith('zh')) return 'zh';
    return undefined;
  };
  if (flag !== undefined) return pick(flag);
  return pick(env.AR_LANG) ?? pick(env.LC_ALL) ?? pick(env.LC_MESSAGES) ?? pick(env.LANG) ?? 'en';
}

/** "1 customer", "2 customers" in English; Chinese counts need no plural ("2 个客户"). */
export function count(lang: Lang, n: number, en: [string, string], zh: string): string {
  return lang === 'zh' ? `${n} ${zh}` : `${n} ${n === 1 ? en[0] : en[1]}`;
}
