#!/usr/bin/env node
// Generates the bundled demo book (fixtures/demo/*.csv, book.json) for `ar demo`.
//
//   node scripts/make-demo.mjs            # writes fixtures/demo/
//   node scripts/check-demo.mjs           # verifies it
//
// Deterministic: seeded PRNG streams (no Math.random), no clock. Every date is written relative to
// the anchor 2026-11-30; `ar demo` shifts all dates by (today − anchor). Plain Node ESM, no deps.
// Money is kept in integer minor units (cents/分) and only formatted at the end.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'demo');
const ANCHOR = '2026-11-30';
const START = '2025-06-01'; // 18 months of history
const SEED = 20261130;
const VOLUME = 1.2; // global multiplier on invoices per month

// ───────────────────────────── PRNG ─────────────────────────────
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hash(s) {
  // FNV-1a 32-bit
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
/** An independent, reproducible stream per purpose, so tuning one part leaves the rest unchanged. */
function rng(label) {
  const r = mulberry32((hash(label) ^ SEED) >>> 0);
  const f = () => r();
  f.int = (a, b) => a + Math.floor(r() * (b - a + 1));
  f.pick = (arr) => arr[Math.floor(r() * arr.length)];
  f.chance = (p) => r() < p;
  f.logUniform = (a, b) => Math.exp(Math.log(a) + r() * (Math.log(b) - Math.log(a)));
  f.digits = (n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  return f;
}

// ───────────────────────────── dates ─────────────────────────────
const DAY = 86400000;
const dn = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY; // day number
const ds = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const dow = (n) => new Date(n * DAY).getUTCDay(); // 0 Sun … 6 Sat
const A = dn(ANCHOR);
/** Move a weekend day to the following Monday. */
const workday = (n) => (dow(n) === 6 ? n + 2 : dow(n) === 0 ? n + 1 : n);
/** Move a weekend day to the previous Friday. */
const workdayBack = (n) => (dow(n) === 6 ? n - 1 : dow(n) === 0 ? n - 2 : n);
const ymd = (n) => ds(n).replaceAll('-', '');
const daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m 1-based

// ───────────────────────────── money ─────────────────────────────
const fmt = (c) => {
  if (c < 0) throw new Error('negative money ' + c);
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
};
const group = (c) => fmt(c).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const money = (cur, c) => (cur === 'CNY' ? `¥${group(c)}` : `${cur} ${group(c)}`);

// ───────────────────────────── letterhead ─────────────────────────────
const company = {
  name_en: 'Shanghai Huaxin Industrial Supply Co., Ltd.',
  name_zh: '上海华信工业品有限公司',
  address_en: 'Building 3, No. 1588 Zhuanxing Road, Minhang District, Shanghai 201108, China',
  address_zh: '上海市闵行区颛兴路1588号3号楼（邮编201108）',
  phone: '+86 21-5488-6600',
  email: 'ar@huaxin-supply.example',
  bank_name: '中国工商银行上海闵行支行 (ICBC Shanghai Minhang Sub-branch)',
  bank_account_name: '上海华信工业品有限公司',
  bank_account_no: '1001234509000012345',
  default_currency: 'CNY',
};

// ───────────────────────────── customers ─────────────────────────────
// vol = invoices per month (× VOLUME); amt = total range in major units (CNY totals include 13% VAT).
// stopPay: the day an unreachable customer stopped paying; stopInv: last month anything was shipped.
const C = (o) => o;
const customers = [
  C({
    code: 'C0001',
    name: '华东精密机械有限公司',
    type: 'delayer',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 300000,
    collector: '张伟',
    address: '江苏省昆山市玉山镇城北路1288号',
    phone: '0512-5766-1200',
    email: 'caiwu@hdjm.example',
    run: '25',
    chain: '财务经理 → 总经理',
    docs: '签收单、增值税专用发票',
    vol: 1.1,
    amt: [6000, 45000],
  }),
  C({
    code: 'C0002',
    name: '深圳市恒达电子科技有限公司',
    type: 'process',
    grade: 'B',
    strategic: 1,
    language: 'zh',
    currency: 'CNY',
    terms: 60,
    limit: 800000,
    collector: '李娜',
    address: '广东省深圳市宝安区西乡街道航城大道168号',
    phone: '0755-2961-3300',
    email: 'ap@hengda-tech.example',
    run: '25',
    chain: '应付会计 → 财务经理 → 财务总监',
    docs: '签收单、增值税专用发票、盖章对账单',
    vol: 2.2,
    amt: [15000, 150000],
  }),
  C({
    code: 'C0003',
    name: '苏州瑞丰自动化设备有限公司',
    type: 'oversight',
    grade: 'A',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 400000,
    collector: '张伟',
    address: '江苏省苏州市工业园区星湖街328号',
    phone: '0512-6288-4500',
    email: 'finance@ruifeng-auto.example',
    run: '',
    chain: '',
    docs: '增值税专用发票',
    vol: 1.7,
    amt: [5000, 80000],
  }),
  C({
    code: 'C0004',
    name: '杭州新锐包装材料有限公司',
    type: 'cashflow',
    grade: 'B',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 45,
    limit: 200000,
    collector: '李娜',
    address: '浙江省杭州市萧山区经济技术开发区建设二路567号',
    phone: '0571-8286-7700',
    email: 'cw@xinrui-pack.example',
    run: '',
    chain: '出纳 → 总经理',
    docs: '签收单',
    vol: 1.4,
    amt: [6000, 40000],
  }),
  C({
    code: 'C0005',
    name: '宁波港城五金制品有限公司',
    type: 'dispute',
    grade: 'B',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 60,
    limit: 250000,
    collector: '张伟',
    address: '浙江省宁波市北仑区新碶街道长江路88号',
    phone: '0574-8688-2100',
    email: 'caiwu@gangcheng-hw.example',
    run: '10',
    chain: '财务经理 → 总经理',
    docs: '签收单、质检报告、增值税专用发票',
    vol: 1.1,
    amt: [10000, 70000],
  }),
  C({
    code: 'C0006',
    name: '广州市粤安建材贸易有限公司',
    type: 'unreachable',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 150000,
    collector: '李娜',
    address: '广东省广州市白云区太和镇广从七路9号',
    phone: '020-3722-6800',
    email: '',
    run: '',
    chain: '',
    docs: '',
    vol: 1.2,
    amt: [5000, 35000],
    stopPay: '2025-12-20',
    stopInv: '2026-02',
  }),
  C({
    code: 'C0007',
    name: '北京中科恒远仪器有限公司',
    type: 'process',
    grade: 'A',
    strategic: 1,
    language: 'zh',
    currency: 'CNY',
    terms: 60,
    limit: 1000000,
    collector: '张伟',
    address: '北京市海淀区上地信息路26号',
    phone: '010-6298-5500',
    email: 'cw@zkhy-instr.example',
    run: '10,25',
    chain: '采购经理 → 财务经理 → 副总经理',
    docs: '签收单、验收报告、增值税专用发票',
    vol: 1.8,
    amt: [30000, 200000],
  }),
  C({
    code: 'C0008',
    name: '天津滨海重工机械有限公司',
    type: 'delayer',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 60,
    limit: 400000,
    collector: '李娜',
    address: '天津市滨海新区塘沽海洋高新区华山道455号',
    phone: '022-6620-3900',
    email: 'finance@bhzg.example',
    run: '',
    chain: '财务经理 → 董事长',
    docs: '签收单、增值税专用发票',
    vol: 0.9,
    amt: [20000, 120000],
  }),
  C({
    code: 'C0009',
    name: '成都蜀达汽车零部件有限公司',
    type: 'oversight',
    grade: 'B',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 45,
    limit: 250000,
    collector: '李娜',
    address: '四川省成都市龙泉驿区车城东六路99号',
    phone: '028-8485-6100',
    email: 'ap@shuda-auto.example',
    run: '',
    chain: '',
    docs: '增值税专用发票',
    vol: 1.4,
    amt: [5000, 50000],
  }),
  C({
    code: 'C0010',
    name: '武汉长江电气设备有限公司',
    type: 'dispute',
    grade: 'A',
    strategic: 1,
    language: 'zh',
    currency: 'CNY',
    terms: 90,
    limit: 800000,
    collector: '张伟',
    address: '湖北省武汉市东西湖区金银湖路18号',
    phone: '027-8379-4200',
    email: 'caiwu@cjdq.example',
    run: '20',
    chain: '项目经理 → 财务经理 → 总经理',
    docs: '签收单、验收报告、增值税专用发票',
    vol: 1.5,
    amt: [30000, 180000],
  }),
  C({
    code: 'C0011',
    name: '青岛海泰食品机械有限公司',
    type: 'cashflow',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 120000,
    collector: '李娜',
    address: '山东省青岛市城阳区正阳中路216号',
    phone: '0532-8786-5300',
    email: 'haitai_cw@haitai-fm.example',
    run: '',
    chain: '',
    docs: '签收单',
    vol: 1.0,
    amt: [5000, 30000],
  }),
  C({
    code: 'C0012',
    name: '东莞市利丰塑胶制品有限公司',
    type: 'unreachable',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 100000,
    collector: '李娜',
    address: '广东省东莞市长安镇乌沙社区兴发南路33号',
    phone: '0769-8532-7400',
    email: '',
    run: '',
    chain: '',
    docs: '签收单',
    vol: 1.3,
    amt: [4000, 25000],
    stopPay: '2026-01-25',
    stopInv: '2026-03',
  }),
  C({
    code: 'C0013',
    name: '上海浦江化工原料有限公司',
    type: 'process',
    grade: 'B',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 45,
    limit: 500000,
    collector: '张伟',
    address: '上海市奉贤区化学工业区浦卫公路3000号',
    phone: '021-5744-8800',
    email: 'ap@pujiang-chem.example',
    run: '15',
    chain: '采购 → 财务经理 → 总经理',
    docs: '签收单、增值税专用发票',
    vol: 1.9,
    amt: [10000, 90000],
  }),
  C({
    code: 'C0014',
    name: '重庆山城建设工程有限公司',
    type: 'delayer',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 90,
    limit: 600000,
    collector: '张伟',
    address: '重庆市渝北区龙溪街道金龙路58号',
    phone: '023-6783-1600',
    email: '',
    run: '',
    chain: '项目经理 → 财务总监 → 董事长',
    docs: '签收单、结算单、增值税专用发票',
    vol: 0.8,
    amt: [30000, 200000],
  }),
  C({
    code: 'C0015',
    name: '厦门鹭岛物流装备有限公司',
    type: 'oversight',
    grade: 'A',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 300000,
    collector: '李娜',
    address: '福建省厦门市湖里区枋湖北二路1108号',
    phone: '0592-5716-2300',
    email: 'finance@ludao-le.example',
    run: '',
    chain: '',
    docs: '增值税专用发票',
    vol: 1.1,
    amt: [8000, 60000],
    lastInv: '2026-11-13',
  }),
  C({
    code: 'C0016',
    name: '无锡太湖纺织机械有限公司',
    type: 'cashflow',
    grade: 'B',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 60,
    limit: 250000,
    collector: '张伟',
    address: '江苏省无锡市新吴区长江路21号',
    phone: '0510-8522-9600',
    email: 'cw@taihu-tm.example',
    run: '',
    chain: '财务经理 → 总经理',
    docs: '签收单、增值税专用发票',
    vol: 1.1,
    amt: [10000, 60000],
  }),
  C({
    code: 'C0017',
    name: '佛山市南海金属材料有限公司',
    type: 'dispute',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 30,
    limit: 150000,
    collector: '李娜',
    address: '广东省佛山市南海区狮山镇科技工业园A区',
    phone: '0757-8663-5100',
    email: '',
    run: '',
    chain: '',
    docs: '签收单、材质证明书',
    vol: 1.0,
    amt: [10000, 60000],
    stopInv: '2026-08',
  }),
  C({
    code: 'C0018',
    name: '郑州中原农机制造有限公司',
    type: 'unreachable',
    grade: 'C',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 45,
    limit: 200000,
    collector: '张伟',
    address: '河南省郑州市经济技术开发区第九大街156号',
    phone: '0371-6651-7300',
    email: '',
    run: '',
    chain: '',
    docs: '签收单',
    vol: 1.0,
    amt: [10000, 50000],
    stopPay: '2025-10-10',
    stopInv: '2025-11',
  }),
  C({
    code: 'C0019',
    name: '合肥科讯智能科技有限公司',
    type: 'process',
    grade: 'B',
    strategic: 0,
    language: 'zh',
    currency: 'CNY',
    terms: 45,
    limit: 300000,
    collector: '李娜',
    address: '安徽省合肥市高新区望江西路800号',
    phone: '0551-6532-8800',
    email: 'ap@kexun-tech.example',
    run: '5,20',
    chain: '应付会计 → 财务经理',
    docs: '签收单、增值税专用发票',
    vol: 1.3,
    amt: [8000, 60000],
  }),
  C({
    code: 'C0020',
    name: 'Acme Corp',
    type: 'delayer',
    grade: 'C',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 30,
    limit: 60000,
    collector: 'Maria Lopez',
    address: '1200 W Lake St, Suite 400, Chicago, IL 60607, USA',
    phone: '+1 312-555-0140',
    email: 'ap@acme.example',
    run: '',
    chain: 'AP clerk → Controller → CFO',
    docs: 'signed delivery notes',
    vol: 1.0,
    amt: [800, 9000],
  }),
  C({
    code: 'C0021',
    name: 'Nusa Group',
    type: 'process',
    grade: 'B',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 60,
    limit: 150000,
    collector: 'Maria Lopez',
    address: 'Menara Nusa, Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190, Indonesia',
    phone: '+62 21 555 0188',
    email: 'ap@nusagroup.example',
    run: '15',
    chain: 'AP clerk → Finance Manager → CFO',
    docs: 'commercial invoice, packing list, bill of lading',
    vol: 1.1,
    amt: [3000, 25000],
  }),
  C({
    code: 'C0022',
    name: 'Blue Harbor Foods',
    type: 'oversight',
    grade: 'A',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 30,
    limit: 80000,
    collector: 'Maria Lopez',
    address: '88 Harbor Blvd, Oakland, CA 94607, USA',
    phone: '+1 510-555-0123',
    email: 'accounts@blueharborfoods.example',
    run: '',
    chain: '',
    docs: 'PO number on invoice',
    vol: 1.4,
    amt: [500, 6000],
  }),
  C({
    code: 'C0023',
    name: 'Müller Maschinenbau GmbH',
    type: 'dispute',
    grade: 'B',
    strategic: 0,
    language: 'en',
    currency: 'EUR',
    terms: 45,
    limit: 120000,
    collector: 'Maria Lopez',
    address: 'Industriestraße 14, 70565 Stuttgart, Germany',
    phone: '+49 711 555 0123',
    email: 'kreditoren@mueller-mb.example',
    run: '',
    chain: 'Purchasing → Accounts payable → Managing director',
    docs: 'delivery note, certificate of conformity',
    vol: 0.9,
    amt: [3000, 30000],
  }),
  C({
    code: 'C0024',
    name: 'Smith, John',
    type: 'oversight',
    grade: 'B',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 30,
    limit: 10000,
    collector: 'Maria Lopez',
    address: '417 Elm St, Springfield, IL 62704, USA',
    phone: '+1 217-555-0199',
    email: 'john.smith@smithtools.example',
    run: '',
    chain: '',
    docs: '',
    vol: 0.6,
    amt: [300, 2500],
  }),
  C({
    code: 'C0025',
    name: 'Pacific Rim Trading Pte. Ltd.',
    type: 'process',
    grade: 'A',
    strategic: 1,
    language: 'en',
    currency: 'USD',
    terms: 45,
    limit: 200000,
    collector: '李娜',
    address: '10 Anson Road, #21-07 International Plaza, Singapore 079903',
    phone: '+65 6555 0170',
    email: 'ap@pacrim-trading.example',
    run: '28',
    chain: 'AP officer → Finance Director',
    docs: 'commercial invoice, packing list',
    vol: 1.5,
    amt: [5000, 40000],
    amtCNY: [30000, 250000],
  }),
  C({
    code: 'C0026',
    name: 'Nordic Hydraulics AB',
    type: 'cashflow',
    grade: 'B',
    strategic: 0,
    language: 'en',
    currency: 'EUR',
    terms: 30,
    limit: 60000,
    collector: 'Maria Lopez',
    address: 'Lindholmspiren 7, 417 56 Göteborg, Sweden',
    phone: '+46 31 555 0134',
    email: 'invoices@nordichydraulics.example',
    run: '',
    chain: 'Accounts payable → CFO',
    docs: '',
    vol: 0.9,
    amt: [2000, 15000],
  }),
  C({
    code: 'C0027',
    name: 'Delta Andina S.A.S.',
    type: 'delayer',
    grade: 'C',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 60,
    limit: 50000,
    collector: 'Maria Lopez',
    address: 'Carrera 43A #1-50, Torre 2, Medellín, Colombia',
    phone: '+57 604 555 0166',
    email: 'tesoreria@deltaandina.example',
    run: '',
    chain: 'Treasury → General manager',
    docs: 'commercial invoice, bill of lading',
    vol: 0.7,
    amt: [2000, 18000],
  }),
  C({
    code: 'C0028',
    name: 'Saigon Precision Co., Ltd.',
    type: 'unreachable',
    grade: 'C',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 30,
    limit: 40000,
    collector: 'Maria Lopez',
    address: 'Lot C5, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam',
    phone: '+84 28 555 0177',
    email: 'account@saigonprecision.example',
    run: '',
    chain: '',
    docs: '',
    vol: 0.9,
    amt: [2000, 15000],
    stopPay: '2026-02-15',
    stopInv: '2026-03',
  }),
  C({
    code: 'C0029',
    name: 'Rossi Impianti S.r.l.',
    type: 'dispute',
    grade: 'A',
    strategic: 0,
    language: 'en',
    currency: 'EUR',
    terms: 60,
    limit: 150000,
    collector: 'Maria Lopez',
    address: 'Via Torino 112, 20123 Milano, Italy',
    phone: '+39 02 555 0191',
    email: 'amministrazione@rossi-impianti.example',
    run: '',
    chain: 'Purchasing → CFO',
    docs: 'signed delivery notes (DDT)',
    vol: 0.9,
    amt: [4000, 35000],
  }),
  C({
    code: 'C0030',
    name: 'Kestrel Mining Supplies Pty Ltd',
    type: 'cashflow',
    grade: 'C',
    strategic: 0,
    language: 'en',
    currency: 'USD',
    terms: 45,
    limit: 70000,
    collector: 'Maria Lopez',
    address: '23 Great Eastern Hwy, Kalgoorlie WA 6430, Australia',
    phone: '+61 8 5550 0142',
    email: 'payables@kestrelmining.example',
    run: '',
    chain: 'Accounts payable → Director',
    docs: 'signed delivery dockets',
    vol: 0.8,
    amt: [1500, 12000],
  }),
];
const byCode = new Map(customers.map((c) => [c.code, c]));

// Tax IDs: 统一社会信用代码 (18 chars, fictional) for Chinese companies, national formats for others.
{
  const r = rng('taxid');
  const U = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const foreign = {
    C0020: () => `36-${r.digits(7)}`,
    C0021: () => `${r.digits(2)}.${r.digits(3)}.${r.digits(3)}.${r.digits(1)}-${r.digits(3)}.000`,
    C0022: () => `94-${r.digits(7)}`,
    C0023: () => `DE${r.digits(9)}`,
    C0024: () => '',
    C0025: () => `2009${r.digits(5)}K`,
    C0026: () => `SE55${r.digits(8)}01`,
    C0027: () => `900.${r.digits(3)}.${r.digits(3)}-${r.digits(1)}`,
    C0028: () => `03${r.digits(8)}`,
    C0029: () => `IT${r.digits(11)}`,
    C0030: () => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  };
  for (const c of customers) {
    if (c.language === 'zh') {
      const region = {
        C0001: '320583',
        C0002: '440306',
        C0003: '320594',
        C0004: '330109',
        C0005: '330206',
        C0006: '440111',
        C0007: '110108',
        C0008: '120116',
        C0009: '510112',
        C0010: '420112',
        C0011: '370214',
        C0012: '441900',
        C0013: '310120',
        C0014: '500112',
        C0015: '350206',
        C0016: '320214',
        C0017: '440605',
        C0018: '410191',
        C0019: '340104',
      }[c.code];
      c.tax_id = '91' + region + Array.from({ length: 10 }, () => U[r.int(0, U.length - 1)]).join('');
    } else c.tax_id = foreign[c.code]();
  }
}

// ───────────────────────────── contacts ─────────────────────────────
const SURNAMES = '王刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯许邓曹彭'.split('');
const GIVEN = [
  '芳',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '建华',
  '文',
  '辉',
  '玲',
  '晓东',
  '海燕',
  '志强',
  '雪梅',
  '国栋',
  '丽华',
  '春燕',
  '振宇',
  '卫东',
];
const PINYIN = {
  王: 'wang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  赵: 'zhao',
  黄: 'huang',
  周: 'zhou',
  吴: 'wu',
  徐: 'xu',
  孙: 'sun',
  胡: 'hu',
  朱: 'zhu',
  高: 'gao',
  林: 'lin',
  何: 'he',
  郭: 'guo',
  马: 'ma',
  罗: 'luo',
  梁: 'liang',
  宋: 'song',
  郑: 'zheng',
  谢: 'xie',
  韩: 'han',
  唐: 'tang',
  冯: 'feng',
  许: 'xu',
  邓: 'deng',
  曹: 'cao',
  彭: 'peng',
};
const ZH_ROLE_TITLES = {
  'ap-clerk': ['应付会计', '出纳', '会计'],
  'finance-manager': ['财务经理', '财务主管'],
  purchaser: ['采购经理', '采购主管'],
  'decision-maker': ['总经理', '财务总监', '副总经理'],
  'legal-rep': ['法定代表人'],
};
// Who is on file, per customer: [role, primary?, decision maker?]. Unreachable customers keep one stale contact.
const ZH_CONTACT_PLAN = {
  delayer: [
    ['finance-manager', 1, 1],
    ['ap-clerk', 0, 0],
    ['decision-maker', 0, 1],
  ],
  process: [
    ['ap-clerk', 1, 0],
    ['finance-manager', 0, 1],
    ['purchaser', 0, 0],
  ],
  oversight: [
    ['ap-clerk', 1, 0],
    ['finance-manager', 0, 1],
  ],
  cashflow: [
    ['finance-manager', 1, 0],
    ['decision-maker', 0, 1],
  ],
  dispute: [
    ['finance-manager', 1, 1],
    ['purchaser', 0, 0],
    ['ap-clerk', 0, 0],
  ],
  unreachable: [['legal-rep', 1, 1]],
};
const EN_CONTACTS = {
  C0020: [
    ['Rosa Diaz', 'ap-clerk', 'AP Specialist', 'x214', '+1 312-555-0142', 'rdiaz@acme.example', 1, 0],
    ['Tom Becker', 'finance-manager', 'Controller', 'x201', '+1 312-555-0161', 'tbecker@acme.example', 0, 1],
    ['Linda Park', 'decision-maker', 'CFO', 'x200', '', 'lpark@acme.example', 0, 1],
  ],
  C0021: [
    ['Budi Santoso', 'ap-clerk', 'AP Officer', 'ext. 331', '+62 812-555-0143', 'budi.santoso@nusagroup.example', 1, 0],
    ['Wulan Sari', 'decision-maker', 'CFO', 'ext. 301', '+62 811-555-0190', 'wulan.sari@nusagroup.example', 0, 1],
    ['Agus Pratama', 'purchaser', 'Procurement Manager', 'ext. 410', '', 'agus.pratama@nusagroup.example', 0, 0],
  ],
  C0022: [
    ['Accounts Payable', 'ap-clerk', 'AP team (shared inbox)', '', '', 'accounts@blueharborfoods.example', 1, 0],
    ['Grace Kim', 'finance-manager', 'Finance Manager', 'x12', '+1 510-555-0188', 'grace.kim@blueharborfoods.example', 0, 1],
  ],
  C0023: [
    ['Katrin Weber', 'ap-clerk', 'Kreditorenbuchhaltung (AP)', '-214', '', 'k.weber@mueller-mb.example', 1, 0],
    ['Jürgen Hoffmann', 'purchaser', 'Einkaufsleiter (Head of Purchasing)', '-150', '+49 171 5550123', 'j.hoffmann@mueller-mb.example', 0, 1],
    ['Stefan Müller', 'decision-maker', 'Geschäftsführer (Managing Director)', '-100', '', 's.mueller@mueller-mb.example', 0, 1],
  ],
  C0024: [['John Smith', 'decision-maker', 'Owner', '', '+1 217-555-0198', 'john.smith@smithtools.example', 1, 1]],
  C0025: [
    ['Tan Mei Ling', 'ap-clerk', 'AP Officer', 'ext. 22', '', 'meiling.tan@pacrim-trading.example', 1, 0],
    ['Rajesh Kumar', 'finance-manager', 'Finance Director', 'ext. 10', '+65 9555 0171', 'rajesh.kumar@pacrim-trading.example', 0, 1],
    ['陈志明 (Chen Zhiming)', 'purchaser', 'Purchasing Manager', 'ext. 31', '+65 9555 0172', 'zm.chen@pacrim-trading.example', 0, 0],
  ],
  C0026: [
    ['Erik Lindqvist', 'finance-manager', 'CFO', '', '+46 70 555 0134', 'erik.lindqvist@nordichydraulics.example', 1, 1],
    ['Anna Berg', 'ap-clerk', 'Accounts Payable', '', '', 'invoices@nordichydraulics.example', 0, 0],
  ],
  C0027: [
    ['Carlos Restrepo', 'finance-manager', 'Treasury Manager', 'ext. 105', '+57 300 555 0166', 'crestrepo@deltaandina.example', 1, 0],
    ['Andrés Gómez', 'decision-maker', 'General Manager', '', '', 'agomez@deltaandina.example', 0, 1],
  ],
  C0028: [['Nguyen Van Minh', 'decision-maker', 'Director', '', '+84 90 555 0177', 'minh.nguyen@saigonprecision.example', 1, 1]],
  C0029: [
    ['Giulia Bianchi', 'ap-clerk', 'Amministrazione (AP)', 'int. 12', '', 'g.bianchi@rossi-impianti.example', 1, 0],
    ['Marco Rossi', 'decision-maker', 'CFO', 'int. 10', '+39 335 555 0191', 'm.rossi@rossi-impianti.example', 0, 1],
    ['Luca Ferri', 'purchaser', 'Ufficio acquisti (Purchasing)', 'int. 20', '', 'l.ferri@rossi-impianti.example', 0, 0],
  ],
  C0030: [
    ['Dave Mitchell', 'decision-maker', 'Director', '', '+61 4 5550 0142', 'dave@kestrelmining.example', 1, 1],
    ['Sharon Lee', 'ap-clerk', 'Accounts Payable', '', '', 'payables@kestrelmining.example', 0, 0],
  ],
};
const contacts = [];
{
  const r = rng('contacts');
  const used = new Set(['张伟', '李娜']); // collectors' names stay unambiguous
  const MOBILE = ['138', '139', '136', '137', '135', '150', '158', '186', '189', '133', '177', '152'];
  for (const c of customers) {
    if (c.language === 'en') {
      for (const [name, role, title, ext, mobile, email, p, d] of EN_CONTACTS[c.code])
        contacts.push({
          customer_code: c.code,
          name,
          role,
          title,
          phone: ext ? `${c.phone} ${ext}` : '',
          mobile,
          email,
          wechat: '',
          is_primary: p,
          is_decision_maker: d,
        });
      continue;
    }
    const plan = ZH_CONTACT_PLAN[c.type].slice(0, c.type === 'oversight' && c.grade === 'A' ? 1 : 3);
    const domain = c.email ? c.email.split('@')[1] : '';
    for (const [role, p, d] of plan) {
      let name, sur;
      do {
        sur = r.pick(SURNAMES);
        name = sur + r.pick(GIVEN);
      } while (used.has(name));
      used.add(name);
      const title = r.pick(ZH_ROLE_TITLES[role]);
      const mobile = `${r.pick(MOBILE)}-00${r.digits(2)}-${r.digits(4)}`;
      const stale = c.type === 'unreachable';
      const py = PINYIN[sur];
      contacts.push({
        customer_code: c.code,
        name,
        role,
        title,
        phone: stale ? c.phone : `${c.phone} 转${r.int(801, 899)}`,
        mobile,
        email: !stale && domain && role !== 'decision-maker' ? `${py}${r.int(1, 99)}@${domain}` : '',
        wechat: stale ? '' : r.chance(0.6) ? `${py}_${r.digits(4)}` : r.chance(0.5) ? mobile.replaceAll('-', '') : '',
        is_primary: p,
        is_decision_maker: d,
      });
    }
  }
}
const contactOf = (code, ...roles) => {
  for (const role of roles) {
    const k = contacts.find((x) => x.customer_code === code && x.role === role);
    if (k) return k;
  }
  return contacts.find((x) => x.customer_code === code && x.is_primary);
};

// ───────────────────────────── invoices ─────────────────────────────
const invoices = [];
{
  const SALES_ZH = ['王磊', '陈静', '刘洋'];
  const SALES_EN = ['David Chen', 'Emily Wang'];
  const startY = +START.slice(0, 4),
    startM = +START.slice(5, 7);
  for (const c of customers) {
    const r = rng('inv:' + c.code);
    const sales = c.language === 'zh' ? r.pick(SALES_ZH) : r.pick(SALES_EN);
    const poStyle = r.int(0, 2);
    let poSeq = r.int(100, 900);
    for (let k = 0; k < 18; k++) {
      const y = startY + Math.floor((startM - 1 + k) / 12),
        m = ((startM - 1 + k) % 12) + 1;
      const ym = `${y}-${String(m).padStart(2, '0')}`;
      if (c.stopInv && ym > c.stopInv) break;
      const expect = c.vol * VOLUME * (r.chance(0.15) ? 0.4 : r.chance(0.15) ? 1.6 : 1);
      const n = Math.floor(expect) + (r.chance(expect - Math.floor(expect)) ? 1 : 0);
      for (let i = 0; i < n; i++) {
        const day = r.int(1, daysInMonth(y, m));
        let issue = dn(`${ym}-${String(day).padStart(2, '0')}`);
        issue = dow(issue) === 6 ? issue - 1 : dow(issue) === 0 ? issue - 2 : issue;
        if (ds(issue).slice(0, 7) !== ym) issue += 3; // 1st fell on a weekend: use the Monday/Tuesday
        if (issue > A || (c.lastInv && issue > dn(c.lastInv))) continue;
        const currency = c.amtCNY && r.chance(0.35) ? 'CNY' : c.currency;
        const [lo, hi] = currency === 'CNY' && c.amtCNY ? c.amtCNY : c.amt;
        let cents;
        if (currency === 'CNY') {
          const step = r.chance(0.6) ? 10 : 1; // net price in whole yuan, often whole tens
          const net = Math.round(r.logUniform(lo / 1.13, hi / 1.13) / step) * step;
          cents = Math.round(net * 113); // 13% VAT, 分
        } else {
          const qty = r.int(1, 40);
          const unit = Math.round((r.logUniform(lo, hi) / qty) * 100) / 100;
          cents = Math.max(1, Math.round(qty * unit * 100));
        }
        poSeq += r.int(1, 9);
        const po = r.chance(0.12)
          ? ''
          : c.language === 'zh'
            ? poStyle === 0
              ? `CG${ymd(issue)}${String(r.int(1, 30)).padStart(2, '0')}`
              : poStyle === 1
                ? `PO-${y}-${String(poSeq).padStart(4, '0')}`
                : `采购合同 ${c.code.slice(-2)}${String(poSeq).padStart(5, '0')}`
            : ['C0023', 'C0029'].includes(c.code)
              ? `45000${String(poSeq * 7).padStart(5, '0')}`
              : `PO-${poSeq + 18000}`;
        invoices.push({
          customer: c,
          kind: 'invoice',
          issue,
          due: issue + c.terms,
          currency,
          total: cents,
          po,
          salesperson: r.chance(0.08) ? r.pick(c.language === 'zh' ? SALES_ZH : SALES_EN) : sales,
        });
      }
    }
  }
  // Numbers follow issue dates across the whole company: AR{year}{seq} for CNY, INV-nnnnn for USD/EUR.
  invoices.sort((a, b) => a.issue - b.issue || a.customer.code.localeCompare(b.customer.code));
  const seqCNY = { 2025: 312, 2026: 1 };
  let seqFX = 10001;
  for (const inv of invoices) {
    const y = ds(inv.issue).slice(0, 4);
    inv.number = inv.currency === 'CNY' ? `AR${y}${String(seqCNY[y]++).padStart(6, '0')}` : `INV-${seqFX++}`;
  }
}
const invsOf = (code, cur) => invoices.filter((i) => i.customer.code === code && i.kind === 'invoice' && (!cur || i.currency === cur));
/** First invoice of a customer issued in month ym (or the nearest later one). */
function pickInv(code, ym, nth = 0) {
  const list = invsOf(code).filter((i) => ds(i.issue).slice(0, 7) >= ym);
  if (!list[nth]) throw new Error(`no invoice for ${code} from ${ym}`);
  return list[nth];
}

// Scripted holds: invoices the story needs unpaid (disputes, stuck approvals, a forgotten one).
const HOLD = [
  ['C0017', '2026-07', 0, 'dispute'],
  ['C0017', '2026-08', 0, 'dispute'], // whole open balance disputed
  ['C0023', '2026-08', 0, 'dispute'], // quality claim on 20 %, holds the whole invoice
  ['C0010', '2026-06', 0, 'dispute'], // missing signed acceptance report
  ['C0029', '2026-08', 0, 'dispute-partial'], // price: undisputed part paid
  ['C0005', '2026-06', 0, 'dispute'], // price dispute, resolved by credit note on 2026-11-10
  ['C0021', '2026-08', 0, 'stuck'], // Nusa: approval stuck (missing B/L copy)
  ['C0002', '2026-08', 0, 'stuck'], // 恒达: statement of account not stamped
  ['C0024', '2026-05', 0, 'forgotten'], // Smith, John: the one he forgot
  ['C0009', '2026-09', 0, 'forgotten'], // 蜀达: VAT invoice lost in the post
];
for (const [code, ym, nth, why] of HOLD) pickInv(code, ym, nth).hold = why;

// ───────────────────────────── payment behaviour ─────────────────────────────
/** Next payment-run day on or after n (run = "10,25"; empty = last working day of the month). */
function nextRun(n, run) {
  const days = run ? run.split(',').map(Number) : null;
  for (let k = n; k < n + 70; k++) {
    const d = new Date(k * DAY),
      day = d.getUTCDate();
    const last = daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
    if (days ? days.includes(day) : day === last) return workdayBack(k);
  }
  throw new Error('no run day');
}
const events = []; // {customer, date, allocs:[{inv, cents}], blank}
function pay(customer, date, allocs) {
  if (date > A) return; // after the anchor: still open
  if (customer.blackout?.some(([f, t]) => date >= dn(f) && date <= dn(t))) return;
  events.push({ customer, date, allocs, blank: false });
}
const roundDown = (cents, unit) => Math.floor(cents / unit) * unit;

customers.find((c) => c.code === 'C0020').blackout = [['2026-11-10', ANCHOR]]; // promise broken 29 Nov
customers.find((c) => c.code === 'C0008').blackout = [['2026-09-25', '2026-11-05']]; // promise broken 16 Oct
customers.find((c) => c.code === 'C0027').blackout = [['2026-10-01', ANCHOR]];

for (const c of customers) {
  const r = rng('pay:' + c.code);
  const invs = invsOf(c.code);
  const full = (inv) => [{ inv, cents: inv.total }];
  switch (c.type) {
    case 'oversight': {
      const forget = c.grade === 'A' ? 0.05 : 0.12;
      for (const inv of invs) {
        if (inv.hold) continue;
        let d = inv.due + (r.chance(forget) ? r.int(25, 70) : r.int(-6, 12));
        if (c.lastInv && inv.issue > dn('2026-10-10')) d = inv.issue + r.int(4, 9); // A-grade pays on receipt lately
        pay(c, workday(Math.max(d, inv.issue + 2)), full(inv));
      }
      break;
    }
    case 'dispute': {
      for (const inv of invs) {
        if (inv.hold === 'dispute') continue;
        if (inv.hold === 'dispute-partial') {
          inv.disputedCents = roundDown(Math.round(inv.total * 0.08), 100);
          pay(c, workday(inv.due + r.int(3, 10)), [{ inv, cents: inv.total - inv.disputedCents }]);
          continue;
        }
        pay(c, workday(inv.due + r.int(-2, 22)), full(inv));
      }
      break;
    }
    case 'process': {
      const batches = new Map();
      for (const inv of invs) {
        if (inv.hold) continue;
        const d = nextRun(inv.due + r.int(16, 32), c.run);
        if (!batches.has(d)) batches.set(d, []);
        batches.get(d).push(...full(inv));
      }
      for (const [d, allocs] of [...batches].sort((a, b) => a[0] - b[0])) pay(c, d, allocs);
      break;
    }
    case 'delayer': {
      for (const inv of invs) {
        if (inv.hold) continue;
        if (inv.issue >= dn('2025-11-01') && r.chance(0.2)) continue; // simply not paid
        let d = inv.due + (r.chance(0.3) ? r.int(90, 240) : r.int(35, 110));
        d = workday(d);
        pay(c, d, full(inv));
      }
      break;
    }
    case 'unreachable': {
      for (const inv of invs) {
        const d = workday(inv.due + r.int(0, 35));
        if (d < dn(c.stopPay)) pay(c, d, full(inv));
      }
      break;
    }
    case 'cashflow': {
      // Lump sums every few weeks, oldest invoices first; smaller and rarer since mid-2026.
      const open = new Map(invs.map((i) => [i, i.total]));
      const unit = c.currency === 'CNY' ? 100000 : 50000; // 1,000 CNY / 500 USD/EUR
      let t = workday(invs[0].due + r.int(15, 35));
      while (t <= A) {
        const tight = t > dn('2026-06-30');
        const overdue = invs.filter((i) => i.due <= t - 10 && open.get(i) > 0);
        const owed = overdue.reduce((s, i) => s + open.get(i), 0);
        if (owed > 0) {
          let amount = owed <= unit * 3 ? owed : roundDown(Math.round(owed * (tight ? 0.2 + r() * 0.3 : 0.45 + r() * 0.45)), unit);
          const allocs = [];
          for (const i of overdue) {
            if (amount <= 0) break;
            const x = Math.min(amount, open.get(i));
            open.set(i, open.get(i) - x);
            amount -= x;
            allocs.push({ inv: i, cents: x });
          }
          pay(c, t, allocs);
        }
        t = workday(t + (tight ? r.int(30, 50) : r.int(18, 40)));
      }
      break;
    }
  }
}
events.sort((a, b) => a.date - b.date || a.customer.code.localeCompare(b.customer.code));

// ───────────────────────────── allocation (same rule as check-demo) ─────────────────────────────
/** Named payments first (to their invoice); then credit notes and unallocated payments, by date,
 *  oldest invoice first within customer and currency. Returns open cents per invoice + leftovers. */
function allocate() {
  const open = new Map(invoices.filter((i) => i.kind === 'invoice').map((i) => [i, i.total]));
  const pool = [];
  for (const e of events)
    for (const a of e.allocs) {
      if (e.blank) pool.push({ customer: e.customer, currency: a.inv.currency, date: e.date, cents: a.cents });
      else {
        const left = open.get(a.inv) - a.cents;
        if (left < 0) throw new Error('overpaid ' + a.inv.number);
        open.set(a.inv, left);
      }
    }
  for (const cn of invoices.filter((i) => i.kind === 'credit_note'))
    pool.push({ customer: cn.customer, currency: cn.currency, date: cn.issue, cents: cn.total });
  pool.sort((a, b) => a.date - b.date);
  const onAccount = new Map();
  for (const p of pool) {
    let left = p.cents;
    for (const inv of invsOf(p.customer.code, p.currency)) {
      // already oldest first
      if (left === 0) break;
      const x = Math.min(left, open.get(inv));
      open.set(inv, open.get(inv) - x);
      left -= x;
    }
    if (left) onAccount.set(`${p.customer.code} ${p.currency}`, (onAccount.get(`${p.customer.code} ${p.currency}`) ?? 0) + left);
  }
  return { open, onAccount };
}
const sameState = (x, y) =>
  [...x.open].every(([i, v]) => y.open.get(i) === v) && JSON.stringify([...x.onAccount].sort()) === JSON.stringify([...y.onAccount].sort());
let intended = allocate();

// A few payments arrive without an invoice number (the tool allocates them oldest-first). Only keep
// a blank where oldest-first lands exactly where the money was meant to go.
{
  const r = rng('blank');
  const cands = events.filter((e) => e.allocs.length === 1 && ['cashflow', 'oversight', 'delayer'].includes(e.customer.type) && e.date > dn('2025-12-01'));
  let made = 0;
  for (const e of cands.filter(() => r.chance(0.12))) {
    if (made >= 6) break;
    e.blank = true;
    if (sameState(allocate(), intended)) made++;
    else e.blank = false;
  }
}

// Credit notes. Returned goods / short shipments, invoice then paid net; and the resolved price dispute.
const creditNotes = [];
function addCredit(inv, cents, issue, why) {
  const cn = {
    customer: inv.customer,
    kind: 'credit_note',
    issue,
    due: issue,
    currency: inv.currency,
    total: cents,
    po: inv.po,
    salesperson: inv.salesperson,
    for: inv,
    why,
  };
  invoices.push(cn);
  creditNotes.push(cn);
  return cn;
}
{
  const r = rng('credit');
  for (const code of ['C0003', 'C0022', 'C0009', 'C0013']) {
    const cands = invsOf(code).filter((i) => i.issue >= dn('2025-09-01') && i.issue <= dn('2026-07-31'));
    let done = false;
    for (const inv of cands.filter(() => r.chance(0.5))) {
      const e = events.find((x) => !x.blank && x.allocs.some((a) => a.inv === inv && a.cents === inv.total));
      if (!e) continue;
      const a = e.allocs.find((x) => x.inv === inv);
      const cents = roundDown(Math.round(inv.total * (0.04 + r() * 0.1)), 100);
      const issue = workday(inv.issue + r.int(6, 15));
      if (issue >= e.date) continue;
      a.cents -= cents;
      const cn = addCredit(inv, cents, issue, 'return');
      if (sameState(allocate(), intended)) {
        done = true;
        break;
      }
      a.cents += cents;
      invoices.splice(invoices.indexOf(cn), 1);
      creditNotes.pop();
    }
    if (!done) throw new Error('no credit-note slot for ' + code);
  }
  // 宁波: price dispute on an invoice from June, settled by a credit note for the price difference.
  const inv = invoices.find((i) => i.customer.code === 'C0005' && i.hold === 'dispute');
  inv.resolvedCredit = roundDown(Math.round(inv.total * 0.068), 100);
  addCredit(inv, inv.resolvedCredit, dn('2026-11-10'), 'price');
}
intended = allocate();
{
  // Credit note numbers: own series per currency, in date order.
  const seq = { CNY: 17, FX: 213 };
  for (const cn of creditNotes.sort((a, b) => a.issue - b.issue))
    cn.number = cn.currency === 'CNY' ? `CN${ds(cn.issue).slice(0, 4)}${String(seq.CNY++).padStart(6, '0')}` : `CN-${seq.FX++}`;
}

// 厦门鹭岛 paid its last invoice twice; the second transfer has no invoice number → on account.
{
  const c = byCode.get('C0015');
  const last = events.filter((e) => e.customer === c).at(-1);
  const inv = last.allocs[0].inv;
  events.push({ customer: c, date: workday(last.date + 3), allocs: [{ inv, cents: inv.total }], blank: true, duplicate: true });
  events.sort((a, b) => a.date - b.date || a.customer.code.localeCompare(b.customer.code));
}
const state = allocate();
const openOf = (inv) => state.open.get(inv) ?? 0;
{
  const dup = events.find((e) => e.duplicate);
  if (dup.date > A) throw new Error('duplicate payment after the anchor');
  if (intended.onAccount.size || state.onAccount.size !== 1 || state.onAccount.get('C0015 CNY') !== dup.allocs[0].cents)
    throw new Error('on-account state is not just the C0015 duplicate: ' + JSON.stringify([...state.onAccount]));
}

// ───────────────────────────── payment rows ─────────────────────────────
const payments = [];
{
  const r = rng('refs');
  let tt = 1;
  for (const e of events) {
    const cur = e.allocs[0].inv.currency;
    const total = e.allocs.reduce((s, a) => s + a.cents, 0);
    let method, ref;
    if (cur === 'CNY') {
      if (total >= 8000000 && r.chance(0.45)) {
        method = 'acceptance draft';
        ref = `1${r.pick(['102', '103', '104', '105', '308'])}${r.digits(9)}${ymd(e.date)}${r.digits(9)}`;
      } else {
        method = 'bank transfer';
        ref = `TT${ymd(e.date)}${String(tt++ % 10000).padStart(4, '0')}`;
      }
    } else if (e.customer.code === 'C0024') {
      method = 'check';
      ref = `CHK ${r.int(1001, 1099)}`;
    } else if (cur === 'EUR') {
      method = 'bank transfer';
      ref = `SEPA-${ymd(e.date)}-${r.digits(6)}`;
    } else {
      method = 'wire';
      ref = `FT${ds(e.date).slice(2, 4)}${String(e.date - dn(ds(e.date).slice(0, 4) + '-01-01') + 1).padStart(3, '0')}${r.digits(5)}`;
    }
    e.ref = ref;
    e.method = method;
    for (const a of e.allocs)
      payments.push({
        customer_code: e.customer.code,
        reference: ref,
        date: ds(e.date),
        currency: a.inv.currency,
        amount: fmt(a.cents),
        invoice: e.blank ? '' : a.inv.number,
        method,
      });
  }
}

// ───────────────────────────── state helpers for the stories ─────────────────────────────
const openInvs = (code, cur) => invsOf(code, cur).filter((i) => openOf(i) > 0);
const overdueAt = (code, at, cur) => openInvs(code, cur).filter((i) => i.due < at);
const sum = (list, f) => list.reduce((s, x) => s + f(x), 0);
const nums = (list, n = 3) =>
  list
    .slice(0, n)
    .map((i) => i.number)
    .join('、') + (list.length > n ? ` 等${list.length}张` : '');
const numsEn = (list, n = 3) =>
  list
    .slice(0, n)
    .map((i) => i.number)
    .join(', ') + (list.length > n ? ` and ${list.length - n} more` : '');
const eventsOf = (code) => events.filter((e) => e.customer.code === code);

// ───────────────────────────── disputes ─────────────────────────────
const disputes = [];
{
  const inv = (code, ym) => invsOf(code).find((i) => i.hold && ds(i.issue).slice(0, 7) >= ym);
  const f1 = inv('C0017', '2026-07'),
    f2 = inv('C0017', '2026-08');
  disputes.push({
    customer_code: 'C0017',
    invoice: f1.number,
    amount: fmt(openOf(f1)),
    currency: 'CNY',
    reason: 'quality',
    status: 'open',
    opened_at: ds(workday(f1.issue + 12)),
    note: '客户称该批冷轧钢板材质与材质证明书不符（硬度偏低），要求退换货，暂扣全部货款',
  });
  disputes.push({
    customer_code: 'C0017',
    invoice: f2.number,
    amount: fmt(openOf(f2)),
    currency: 'CNY',
    reason: 'quality',
    status: 'open',
    opened_at: ds(workday(f2.issue + 9)),
    note: '同一炉号钢材，客户一并拒付；已取样送第三方检测，报告未出',
  });
  const m = inv('C0023', '2026-08');
  disputes.push({
    customer_code: 'C0023',
    invoice: m.number,
    amount: fmt(roundDown(Math.round(m.total * 0.2), 100)),
    currency: 'EUR',
    reason: 'quality',
    status: 'open',
    opened_at: ds(workday(m.issue + 20)),
    note: 'Surface defects on 40 of 200 flanges (20%). Customer holds the whole invoice; undisputed 80% should be collected.',
  });
  const w = inv('C0010', '2026-06');
  disputes.push({
    customer_code: 'C0010',
    invoice: w.number,
    amount: fmt(openOf(w)),
    currency: 'CNY',
    reason: 'documents',
    status: 'open',
    opened_at: ds(workday(w.due + 5)),
    note: '客户要求提供项目经理签字的验收报告原件后方可付款，原件已补寄',
  });
  const ro = inv('C0029', '2026-08');
  disputes.push({
    customer_code: 'C0029',
    invoice: ro.number,
    amount: fmt(ro.disputedCents),
    currency: 'EUR',
    reason: 'price',
    status: 'open',
    opened_at: ds(workday(ro.due - 6)),
    note: 'Invoiced at the 2026 price list; customer says the 2025 framework price applies. Paid the undisputed part.',
  });
  const n = inv('C0005', '2026-06');
  const cnN = creditNotes.find((x) => x.for === n);
  disputes.push({
    customer_code: 'C0005',
    invoice: n.number,
    amount: fmt(roundDown(Math.round(n.total * 0.09), 100)),
    currency: 'CNY',
    reason: 'price',
    status: 'resolved',
    opened_at: ds(workday(n.due + 12)),
    note: `单价按旧合同执行的差价争议；双方核对合同后同意按差价开具红字发票 ${cnN.number}（¥${group(cnN.total)}），余款无争议`,
  });
  for (const d of disputes.filter((x) => x.status === 'open')) {
    const i = invoices.find((x) => x.number === d.invoice);
    if (Math.round(+d.amount * 100) > openOf(i)) throw new Error('dispute exceeds open ' + d.invoice);
  }
}

// ───────────────────────────── promises ─────────────────────────────
const promises = [];
const stories = {}; // code → extra values for the activity notes
{
  const P = (code, cents, cur, due, method, payer, status, created) => {
    promises.push({ customer_code: code, amount: fmt(cents), currency: cur, due_date: due, method, payer, status, created });
    return { cents, due, created };
  };
  // Kept in the past: 杭州新锐 (cashflow) promised what it then paid.
  {
    const e = eventsOf('C0004')
      .filter((x) => x.date >= dn('2026-09-01') && x.date <= dn('2026-11-10'))
      .at(-1);
    if (!e) throw new Error('C0004 has no autumn payment');
    const cents = sum(e.allocs, (a) => a.cents),
      due = workday(e.date + 2),
      created = workdayBack(e.date - 8);
    stories.C0004 = { kept: P('C0004', cents, 'CNY', ds(due), 'bank transfer', contactOf('C0004', 'finance-manager').name, 'kept', ds(created)), paid: e };
  }
  // Partially kept in the past: Nordic Hydraulics paid less than it promised.
  {
    const e = eventsOf('C0026')
      .filter((x) => x.date >= dn('2026-08-15') && x.date <= dn('2026-11-13'))
      .at(-1);
    if (!e) throw new Error('C0026 has no autumn payment');
    const paid = sum(e.allocs, (a) => a.cents);
    const cents = Math.ceil((paid * 1.8) / 100000) * 100000,
      due = e.date,
      created = workdayBack(e.date - 9);
    stories.C0026 = { partial: P('C0026', cents, 'EUR', ds(due), 'bank transfer', 'Erik Lindqvist', 'partial', ds(created)), paid: e };
  }
  // Broken in the past: 天津滨海 promised part of the overdue balance by 16 Oct, nothing came.
  {
    const created = dn('2026-10-08');
    const owed = sum(overdueAt('C0008', created), (i) => i.total);
    stories.C0008 = {
      broken: P(
        'C0008',
        roundDown(Math.round(owed * 0.3), 1000000),
        'CNY',
        '2026-10-16',
        'bank transfer',
        contactOf('C0008', 'finance-manager').name,
        'broken',
        ds(created),
      ),
    };
  }
  // Broken yesterday (still "pending" — the tool works out that it is broken): Acme Corp.
  if (sum(overdueAt('C0020', A), openOf) < 450000) throw new Error('Acme owes too little');
  stories.C0020 = { promise: P('C0020', 450000, 'USD', '2026-11-29', 'wire', 'Rosa Diaz', 'pending', '2026-11-20') };
  // Due on the anchor date: 宁波 pays the undisputed rest of the settled invoice.
  {
    const n = invsOf('C0005').find((i) => i.hold === 'dispute');
    stories.C0005 = {
      promise: P('C0005', openOf(n), 'CNY', ANCHOR, 'bank transfer', contactOf('C0005', 'finance-manager').name, 'pending', '2026-11-23'),
      inv: n,
    };
  }
  // Pending, not yet due.
  {
    const list = openInvs('C0007').filter((i) => i.due <= dn('2026-12-10'));
    stories.C0007 = {
      promise: P('C0007', sum(list, openOf), 'CNY', '2026-12-10', 'acceptance draft', contactOf('C0007', 'finance-manager').name, 'pending', '2026-11-26'),
      list,
    };
    const nusa = invsOf('C0021').find((i) => i.hold === 'stuck');
    stories.C0021 = { promise: P('C0021', openOf(nusa), 'USD', '2026-12-15', 'wire', 'Wulan Sari', 'pending', '2026-11-25'), inv: nusa };
    const owed = sum(overdueAt('C0016', A), openOf);
    stories.C0016 = {
      promise: P(
        'C0016',
        Math.min(2000000, roundDown(owed, 100000)),
        'CNY',
        '2026-12-15',
        'bank transfer',
        contactOf('C0016', 'finance-manager').name,
        'pending',
        '2026-11-27',
      ),
      owed,
    };
  }
  // A promise must be for money the customer owes in that currency.
  for (const p of promises) {
    if (p.status !== 'pending') continue;
    const owed = sum(openInvs(p.customer_code, p.currency), openOf);
    if (Math.round(+p.amount * 100) > owed) throw new Error('promise exceeds balance ' + p.customer_code);
  }
}

// ───────────────────────────── activities ─────────────────────────────
const activities = [];
{
  const r = rng('activities');
  const act = (code, date, channel, outcome, note, next = '', collector) => {
    const n = workday(dn(date));
    if (n >= A) throw new Error(`activity on/after anchor: ${code} ${date}`);
    const time = `${String(r.int(9, 17)).padStart(2, '0')}:${String(r.int(0, 11) * 5).padStart(2, '0')}`;
    activities.push({
      customer_code: code,
      at: `${ds(n)}T${time}`,
      channel,
      outcome,
      note,
      collector: collector ?? byCode.get(code).collector,
      next_action_at: next,
    });
  };
  const od = (code, at, cur) => overdueAt(code, dn(at), cur);
  const zhSum = (code, at) => money('CNY', sum(od(code, at), openOf));
  const k = (code, ...roles) => contactOf(code, ...roles).name;

  // Delayers — everything in writing, escalating.
  act('C0001', '2026-08-13', 'email', 'email-sent', `发送逾期提醒及发票清单（${nums(od('C0001', '2026-08-13'))}），逾期合计${zhSum('C0001', '2026-08-13')}`);
  act('C0001', '2026-09-02', 'letter', 'letter-sent', `正式催款函 HK-2026-000087 以EMS寄出（单号 EA${r.digits(9)}CN），9月4日签收`);
  act('C0001', '2026-09-15', 'call', 'reached-refused', `${k('C0001', 'finance-manager')}称老板未批，拒绝给出付款时间`);
  act(
    'C0001',
    '2026-10-20',
    'visit',
    'visit',
    `上门拜访，${k('C0001', 'finance-manager')}在对账单上盖章确认欠款${zhSum('C0001', '2026-10-20')}（诉讼时效中断证据已存档）`,
  );
  act('C0001', '2026-11-12', 'call', 'reached-callback', `${k('C0001', 'finance-manager')}称月底前答复付款安排，约定11月30日再联系`, ANCHOR);
  act('C0008', '2026-09-21', 'letter', 'letter-sent', `正式催款函 HK-2026-000096 寄出，列明逾期发票${nums(od('C0008', '2026-09-21'))}，限10月9日前付款`);
  act('C0008', '2026-10-08', 'call', 'reached-promise', `${k('C0008', 'finance-manager')}承诺10月16日前电汇${money('CNY', stories.C0008.broken.cents)}`);
  act('C0008', '2026-10-19', 'call', 'no-answer', '承诺到期未到账，当天回访无人接听');
  act('C0008', '2026-10-20', 'wechat', 'reached-refused', '微信回复：资金紧张，下月再说；未给具体日期');
  act('C0008', '2026-11-05', 'letter', 'letter-sent', '最后催款通知（7日内付清，否则暂停供货并委托律师处理），EMS已签收');
  act('C0008', '2026-11-18', 'letter', 'letter-sent', '律师函已由合作律所寄出，告知拟申请支付令');
  act('C0014', '2026-08-20', 'call', 'reached-refused', `${k('C0014', 'finance-manager')}称项目甲方未回款，暂无法支付`);
  act('C0014', '2026-09-10', 'letter', 'letter-sent', `正式催款函 HK-2026-000091 寄出，逾期合计${zhSum('C0014', '2026-09-10')}`);
  act('C0014', '2026-10-15', 'visit', 'visit', '到项目部拜访，项目经理表示结算单仍在甲方审核，答应催办', '', '李娜');
  act('C0020', '2026-08-18', 'email', 'email-sent', `Reminder with copies of ${numsEn(od('C0020', '2026-08-18'))} sent to Rosa Diaz (AP).`);
  act('C0020', '2026-09-17', 'letter', 'letter-sent', `Formal demand sent by courier (tracking 1Z${r.digits(4)}W${r.digits(8)}); deadline 1 Oct.`);
  act('C0020', '2026-10-06', 'call', 'reached-refused', 'Tom Becker (Controller): supplier payments on hold until Q4, no date given.');
  act('C0020', '2026-11-20', 'call', 'reached-promise', 'Rosa Diaz confirmed USD 4,500.00 by wire by 29 Nov, rest to follow in December.');
  act('C0027', '2026-09-22', 'call', 'wrong-contact', 'Old AP number now belongs to another company; asked Carlos Restrepo by email for the new AP contact.');
  act('C0027', '2026-10-13', 'letter', 'letter-sent', 'Formal demand sent by email and DHL; supply on hold until the overdue balance is settled.');
  act(
    'C0027',
    '2026-11-10',
    'call',
    'reached-refused',
    'Carlos Restrepo: no dispute, but no funds until their own customer pays. Refused to commit to a date.',
  );

  // Process-blocked — map the approval chain, hit the run date.
  const hd = invsOf('C0002').find((i) => i.hold === 'stuck');
  act('C0002', '2026-10-12', 'call', 'awaiting-approval', `${k('C0002', 'ap-clerk')}称发票 ${hd.number} 已提交，等财务总监审批`);
  act('C0002', '2026-11-09', 'call', 'awaiting-approval', `${hd.number} 需盖章对账单才能走付款流程，已重新快递对账单`);
  act('C0002', '2026-11-23', 'wechat', 'reached-callback', `${k('C0002', 'ap-clerk')}说对账单已到，本周内答复盖章进度`);
  act('C0007', '2026-10-27', 'email', 'email-sent', '发送10月对账单及即将到期发票清单（到期前提醒）');
  act('C0007', '2026-11-16', 'call', 'awaiting-approval', `${k('C0007', 'purchaser')}确认验收报告已签，流程在财务经理处`);
  act(
    'C0007',
    '2026-11-26',
    'call',
    'reached-promise',
    `${k('C0007', 'finance-manager')}承诺${nums(stories.C0007.list)}纳入12月10日付款批次，银行承兑汇票支付${money('CNY', stories.C0007.promise.cents)}`,
  );
  act('C0013', '2026-09-28', 'call', 'in-payment-run', '应付会计确认逾期发票排入10月15日付款批次');
  act('C0019', '2026-11-24', 'call', 'in-payment-run', '确认到期发票排入12月5日付款批次，届时核对到账', '2026-12-07');
  act(
    'C0021',
    '2026-09-29',
    'email',
    'invoice-not-received',
    `Budi Santoso (AP) says ${stories.C0021.inv.number} is not in their system; resent with the B/L copy.`,
  );
  act(
    'C0021',
    '2026-11-25',
    'call',
    'reached-promise',
    `Wulan Sari approved ${stories.C0021.inv.number}; ${money('USD', stories.C0021.promise.cents)} in the 15 Dec payment run.`,
  );
  act('C0025', '2026-10-29', 'email', 'email-sent', 'Statement of account in CNY and USD sent to Tan Mei Ling (AP).');

  // Oversight — friendly.
  const sd = invsOf('C0009').find((i) => i.hold === 'forgotten');
  act('C0009', '2026-11-04', 'wechat', 'invoice-not-received', `${k('C0009', 'ap-clerk')}称未收到发票 ${sd.number} 的增值税专用发票，已重新快递`);
  act('C0003', '2026-11-18', 'email', 'email-sent', '到期前提醒：本月到期发票清单及付款账户');
  {
    // A reminder call that crossed with the payment: the customer had just paid.
    const e = eventsOf('C0003')
      .filter((x) => !x.blank && x.date >= dn('2026-09-01') && x.date <= dn('2026-11-10'))
      .at(-1);
    act(
      'C0003',
      ds(workday(e.date + 1)),
      'call',
      'reached-already-paid',
      `${k('C0003', 'ap-clerk')}称 ${e.allocs.map((a) => a.inv.number).join('、')} 已于${ds(e.date)}付款，核对银行流水确认到账`,
    );
  }
  const dup = events.find((e) => e.duplicate);
  act(
    'C0015',
    '2026-11-24',
    'call',
    'note',
    `对账发现客户${ds(dup.date)}重复支付 ${dup.allocs[0].inv.number} 货款${money('CNY', dup.allocs[0].cents)}（未注明发票号），已告知可冲抵下批货款或申请退款`,
  );
  act('C0022', '2026-11-13', 'email', 'email-sent', 'Friendly reminder: invoices falling due this month, with remittance details.');
  const sm = invsOf('C0024').find((i) => i.hold === 'forgotten');
  act('C0024', '2026-11-02', 'letter', 'letter-sent', `First notice for ${sm.number} mailed with a copy of the invoice.`);
  act('C0024', '2026-11-19', 'call', 'reached-callback', 'John is at a trade show; asked us to call back Monday 30 Nov, says he will pay by check.', ANCHOR);

  // Cash-strapped — partial now, a signed plan.
  const kept = stories.C0004;
  act('C0004', kept.kept.created, 'call', 'reached-promise', `${k('C0004', 'finance-manager')}承诺${kept.kept.due}前付${money('CNY', kept.kept.cents)}`);
  act('C0004', ds(workday(kept.paid.date + 1)), 'call', 'note', `已到账${money('CNY', kept.kept.cents)}，承诺兑现；提醒剩余逾期款项`);
  act('C0011', '2026-09-16', 'visit', 'visit', '拜访总经理，提交分期还款计划书草案，对方表示需与股东商量', '', '张伟');
  act('C0011', '2026-11-25', 'letter', 'letter-sent', `正式催款函 HK-2026-000131 寄出，逾期合计${zhSum('C0011', '2026-11-25')}`);
  act('C0016', '2026-11-10', 'visit', 'visit', '上门洽谈，对方同意签署还款计划书：每月15日付款，首期12月15日');
  act('C0016', '2026-11-27', 'call', 'reached-promise', `确认还款计划书首期：12月15日前付${money('CNY', stories.C0016.promise.cents)}`);
  const nh = stories.C0026;
  act('C0026', nh.partial.created, 'call', 'reached-promise', `Erik Lindqvist promised ${money('EUR', nh.partial.cents)} by ${nh.partial.due}.`);
  act(
    'C0026',
    ds(workday(nh.paid.date + 3)),
    'email',
    'email-sent',
    `Received ${money(
      'EUR',
      sum(nh.paid.allocs, (a) => a.cents),
    )} of the ${money('EUR', nh.partial.cents)} promised; asked for the balance and a written plan.`,
  );
  act('C0030', '2026-11-11', 'email', 'email-sent', 'Proposed a repayment plan (monthly instalments) for signature.');

  // Disputes — separate, solve, collect the undisputed part.
  const nb = stories.C0005.inv;
  act(
    'C0005',
    disputes.find((d) => d.customer_code === 'C0005').opened_at,
    'call',
    'reached-dispute',
    `${k('C0005', 'finance-manager')}称 ${nb.number} 单价与合同不符（按新价开票），暂不付款`,
  );
  act('C0005', '2026-10-29', 'visit', 'visit', '双方核对合同，同意按差价开具红字发票，余款由客户安排支付');
  act(
    'C0005',
    '2026-11-23',
    'call',
    'reached-promise',
    `红字发票已寄到，${k('C0005', 'finance-manager')}承诺11月30日付清 ${nb.number} 余款${money('CNY', stories.C0005.promise.cents)}`,
  );
  const wh = invsOf('C0010').find((i) => i.hold);
  act(
    'C0010',
    disputes.find((d) => d.customer_code === 'C0010').opened_at,
    'call',
    'reached-dispute',
    `客户称缺少项目经理签字的验收报告，${wh.number} 暂不付款`,
  );
  act('C0010', '2026-11-17', 'call', 'awaiting-approval', '验收报告原件已收到，项目经理签字中，之后进入20日付款批次');
  const fs = invsOf('C0017').filter((i) => i.hold);
  act('C0017', '2026-09-24', 'visit', 'visit', `就 ${fs.map((i) => i.number).join('、')} 质量争议现场取样送第三方检测，暂停向该客户发货`, '', '张伟');
  act('C0017', '2026-11-06', 'call', 'reached-dispute', `检测报告未出，客户坚持暂扣 ${fs.map((i) => i.number).join('、')} 全部货款`);
  const mu = invsOf('C0023').find((i) => i.hold);
  act('C0023', '2026-10-05', 'email', 'reached-dispute', `Katrin Weber: ${mu.number} stays on hold in full until the quality claim is settled.`);
  act('C0023', '2026-10-26', 'call', 'reached-dispute', 'Asked Jürgen Hoffmann to release the undisputed 80%; he will check with the managing director.');
  const ro = invsOf('C0029').find((i) => i.hold);
  act(
    'C0029',
    '2026-10-20',
    'email',
    'reached-dispute',
    `Giulia Bianchi paid ${ro.number} less ${money('EUR', ro.disputedCents)}: they apply the 2025 framework price.`,
  );

  // Unreachable — secure the claim.
  act('C0006', '2026-08-20', 'visit', 'visit', '上门发现办公室已搬离，物业称两个月前退租', '', '张伟');
  act('C0006', '2026-09-08', 'letter', 'letter-sent', '催款函按注册地址寄出，被退回（查无此单位），退件已存档');
  act('C0006', '2026-10-10', 'letter', 'letter-sent', '律师函按注册地址及法定代表人户籍地址寄出；已委托律师查询财产线索，准备起诉并申请财产保全');
  act('C0012', '2026-09-15', 'call', 'wrong-contact', '电话已是空号，法定代表人手机停机');
  act('C0012', '2026-10-22', 'visit', 'visit', '上门核实：厂房已关闭、设备已搬空；国家企业信用信息公示系统显示经营异常，准备诉讼', '', '张伟');
  act('C0018', '2026-08-12', 'letter', 'letter-sent', '律师函已寄出，对方未签收');
  act('C0018', '2026-11-03', 'call', 'wrong-contact', '法定代表人手机已停机；法院已受理起诉，财产保全已裁定，查封设备两台');
  act('C0028', '2026-08-27', 'email', 'wrong-contact', 'Email to Nguyen Van Minh bounced (mailbox not found).');
  act('C0028', '2026-11-09', 'email', 'note', 'Local agent confirms by email that the factory is closed; preparing a claim with the liquidator.');

  activities.sort((a, b) => a.at.localeCompare(b.at) || a.customer_code.localeCompare(b.customer_code));
}

// ───────────────────────────── write ─────────────────────────────
function csv(file, header, rows) {
  const q = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const text = [header.join(','), ...rows.map((r) => header.map((h) => q(r[h])).join(','))].join('\n') + '\n';
  writeFileSync(join(OUT, file), text, 'utf8');
  return rows.length;
}
mkdirSync(OUT, { recursive: true });

// A few invoices come without a due date: the tool must use the customer's terms.
{
  const r = rng('nodue');
  const pool = invoices.filter((i) => i.kind === 'invoice' && !i.hold);
  for (let k = 0; k < 8; k++) pool.splice(r.int(0, pool.length - 1), 1)[0].noDue = true;
}
const invRows = invoices
  .slice()
  .sort((a, b) => a.issue - b.issue || a.number.localeCompare(b.number))
  .map((i) => ({
    customer_code: i.customer.code,
    customer_name: i.customer.name,
    number: i.number,
    kind: i.kind,
    issue_date: ds(i.issue),
    due_date: i.noDue ? '' : ds(i.due),
    currency: i.currency,
    total: fmt(i.total),
    po: i.po,
    salesperson: i.salesperson,
  }));

/** Customers whose country has a limitation rule of its own: [country, US state]. */
const COUNTRY = {
  C0020: ['United States', 'IL'],
  C0022: ['United States', 'CA'],
  C0023: ['Germany', ''],
  C0024: ['United States', 'IL'],
  C0025: ['Singapore', ''],
};

const counts = {
  'customers.csv': csv(
    'customers.csv',
    [
      'code',
      'name',
      'type',
      'grade',
      'strategic',
      'language',
      'currency',
      'terms_days',
      'credit_limit',
      'collector',
      'tax_id',
      'address',
      'phone',
      'email',
      'payment_run_days',
      'approval_chain',
      'documents_required',
      'country',
      'state',
    ],
    customers.map((c) => ({
      ...c,
      terms_days: c.terms,
      credit_limit: fmt(c.limit * 100),
      payment_run_days: c.run,
      approval_chain: c.chain,
      documents_required: c.docs,
      // Where the customer is, for its limitation rule (DOMAIN §9); blank: the ledger default (CN).
      country: COUNTRY[c.code]?.[0] ?? '',
      state: COUNTRY[c.code]?.[1] ?? '',
    })),
  ),
  'contacts.csv': csv(
    'contacts.csv',
    ['customer_code', 'name', 'role', 'title', 'phone', 'mobile', 'email', 'wechat', 'is_primary', 'is_decision_maker'],
    contacts,
  ),
  'invoices.csv': csv(
    'invoices.csv',
    ['customer_code', 'customer_name', 'number', 'kind', 'issue_date', 'due_date', 'currency', 'total', 'po', 'salesperson'],
    invRows,
  ),
  'payments.csv': csv('payments.csv', ['customer_code', 'reference', 'date', 'currency', 'amount', 'invoice', 'method'], payments),
  'promises.csv': csv(
    'promises.csv',
    ['customer_code', 'amount', 'currency', 'due_date', 'method', 'payer', 'status', 'created'],
    promises.sort((a, b) => a.created.localeCompare(b.created)),
  ),
  'disputes.csv': csv(
    'disputes.csv',
    ['customer_code', 'invoice', 'amount', 'currency', 'reason', 'status', 'opened_at', 'note'],
    disputes.sort((a, b) => a.opened_at.localeCompare(b.opened_at)),
  ),
  'activities.csv': csv('activities.csv', ['customer_code', 'at', 'channel', 'outcome', 'note', 'collector', 'next_action_at'], activities),
};
// Exchange rates into CNY on the anchor day (the demo dates them on its own day), for fair ranking.
const FX = { USD: '7.12', EUR: '7.74' };
writeFileSync(join(OUT, 'book.json'), JSON.stringify({ anchor: ANCHOR, fx: FX, company }, null, 2) + '\n', 'utf8');
for (const [f, n] of Object.entries(counts)) console.log(`${f.padEnd(16)} ${String(n).padStart(4)} rows`);
