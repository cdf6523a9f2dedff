// Sample data for checking letter templates (`ar templates check`): one rich letter in which every
// optional part is present — credit notes, disputed and held items, earlier letters, interest with
// fixed compensation, an account manager, a repayment plan — so that every branch of every built-in
// or user template is rendered, in both languages. Also the helpers letter templates use beyond the
// engine's own (money, date, eq, join): whoever renders a letter template registers these.
import { DEFAULT_INTEREST, lateInterest } from '../core/interest.js';
import { chineseUppercase } from '../core/money.js';
import { letterData, type LetterDoc } from './letters.js';

/** A rate in parts per million a year as a percentage, without a float: 122500 → "12.25%". */
export function ratePercent(ppm: number): string {
  const sign = ppm < 0 ? '-' : '';
  const abs = String(Math.abs(Math.round(ppm))).padStart(5, '0');
  const whole = abs.slice(0, -4);
  const frac = abs.slice(-4).replace(/0+$/, '');
  return `${sign}${whole}${frac ? `.${frac}` : ''}%`;
}

/** Helpers of letter templates: {{daxie minor currency}}, {{rate ppm}}, {{sub a b}}, {{gt a b}}. */
export const LETTER_HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  // 人民币壹万贰仟叁佰肆拾伍元陆角柒分 (DOMAIN §4)
  daxie: (minor: unknown, currency: unknown) => chineseUppercase(Number(minor), String(currency)),
  rate: (ppm: unknown) => ratePercent(Number(ppm)),
  sub: (a: unknown, b: unknown) => Number(a) - Number(b),
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
};

const DATE = '2026-11-30';

function sampleDoc(name: string, lang: 'en' | 'zh'): LetterDoc {
  const invoices = [
    {
      number: 'INV-1001',
      issueDate: '2026-07-01',
      dueDate: '2026-07-31',
      po: 'PO-7788',
      job: 'Warehouse 2',
      totalMinor: 1_250_000,
      claimMinor: 1_250_000,
      daysOverdue: 122,
    },
    { number: 'INV-1002', issueDate: '2026-08-15', dueDate: '2026-09-14', po: null, job: null, totalMinor: 480_050, claimMinor: 380_050, daysOverdue: 77 },
  ];
  const interest = lateInterest(
    'GB',
    invoices.map((i) => ({ number: i.number, principalMinor: i.claimMinor, currency: 'GBP', dueDate: i.dueDate })),
    DATE,
    DEFAULT_INTEREST,
  );
  const step = name === 'pre-due' ? 0 : name === 'reminder' ? 1 : name === 'first-notice' ? 2 : name === 'final-demand' ? 4 : name === 'pre-legal' ? 5 : 3;
  const kind = name === 'statement' || name === 'plan' ? name : 'dunning';
  const zh = lang === 'zh';
  return {
    kind,
    customer: {
      id: 1,
      code: 'C0001',
      name: zh ? '华东精密机械有限公司' : 'Acme Engineering Ltd',
      address: zh ? '江苏省昆山市玉山镇城北路1288号' : '12 Mill Lane, Leeds LS1 4AB',
      taxId: '91320583UXPUPAA9J1',
      phone: '0512-5766-1200',
      email: 'ap@example.com',
      type: 'delayer',
      strategic: false,
      jurisdiction: 'GB',
    },
    currency: 'GBP',
    step,
    stepKey: name,
    template: name,
    variant: null,
    lang,
    date: DATE,
    deadline: '2026-12-10',
    invoices,
    credits: [{ number: 'CN-0042', issueDate: '2026-09-01', openMinor: -20_000 }],
    underReview: [{ number: 'INV-1002', amountMinor: 100_000, reason: 'quality', openedAt: '2026-09-20' }],
    onHold: [{ number: 'INV-1003', openMinor: 50_000, until: '2026-12-31' }],
    totalMinor: 1_610_050,
    earlier: [{ date: '2026-10-01', step: 1, stepKey: 'reminder', reference: 'HK-2026-000101' }],
    interest,
    to: [{ name: zh ? '杨志强' : 'Rosa Diaz', email: 'ap@example.com', role: 'ap-clerk', title: null, phone: null }],
    cc: [],
    accountManager: zh ? '陈静' : 'Emily Wang',
    contact: { name: zh ? '高芳' : 'Rosa Diaz', email: 'ap@example.com', role: 'ap-clerk', title: zh ? '财务主管' : 'AP lead', phone: null },
    collector: zh ? '张伟' : 'Maria Lopez',
    plan: [
      { instalment: 1, amountMinor: 800_000, dueDate: '2026-12-15' },
      { instalment: 2, amountMinor: 810_050, dueDate: '2027-01-15' },
    ],
    letterhead: {
      name_en: 'Shanghai Huaxin Industrial Supply Co., Ltd.',
      name_zh: '上海华信工业品有限公司',
      address_en: 'Building 3, No. 1588 Zhuanxing Road, Shanghai',
      address_zh: '上海市闵行区颛兴路1588号3号楼',
      phone: '+86 21-5488-6600',
      email: 'ar@huaxin-supply.example',
      bank_name: 'ICBC Shanghai Minhang Sub-branch',
      bank_account_name: '上海华信工业品有限公司',
      bank_account_no: '1001234509000012345',
    },
  };
}

/**
 * What a template of `area` named `name` sees, filled with sample facts (every optional part
 * present). Letters only; other areas are another module's. `lang` picks the sample's language.
 */
export function sampleData(area: string, name: string, lang: 'en' | 'zh' = 'en'): Record<string, unknown> {
  if (area !== 'letters') throw new RangeError(`no letter sample for area ${area}`);
  return letterData(sampleDoc(name, lang), 'HK-2026-000123');
}
