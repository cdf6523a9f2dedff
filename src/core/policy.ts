// The dunning ladder (DOMAIN §3): which step is next for one customer in one currency, and whether
// it is due today. The next step is the highest one the oldest collectible item has reached (at
// least the one after the last sent), due once at least `min_gap_days` have passed since the
// previous step — but never past `first_step_max` (the formal demand) until that step has been sent:
// a final demand or a 律师函 only follows a formal demand the customer received. A customer who owes
// less than `min_amount` overdue is not dunned.
// Delayers (and the unreachable) move on the fast ladder; strategic accounts on the slow one;
// cash-strapped customers move fast once they have broken a promise.
import { dateOf, dayNo } from './aging.js';
import { minorDigits } from './money.js';

export interface LadderStepSetting {
  step: number;
  key: string;
  /** Days relative to the due date (negative = before). */
  day: number;
  channel: string;
  /** Letter template name (templates/letters/<lang>/<template>.hbs); default: the step's key. */
  template?: string;
  /** Days the letter gives to pay (its deadline is the date it is made + these); 0: the due date. */
  deadline_days?: number;
  /** Whether the letter claims late-payment interest and fixed compensation (DOMAIN §10). */
  interest?: boolean;
}

export interface PolicySettings {
  ladder: LadderStepSetting[];
  /** Step days per customer type (one per ladder step, same order); missing types use the ladder. */
  type_days: Record<string, number[]>;
  /** Step days for strategic accounts (slower), overriding the type's. */
  strategic_days: number[];
  /** Types that switch to `type_days.delayer` after a broken promise in the last 90 days. */
  fast_after_broken_promise: string[];
  /** In major units of the currency. */
  min_amount: number;
  grace_days: number;
  min_gap_days: number;
  /**
   * The highest step the ladder may start at, and may climb to before that step has been sent. A
   * final demand (4) or a pre-legal notice / 律师函 (5) refers to the formal demand (3) and its
   * deadline: sent cold, it has no demand behind it — the evidence chain a court or a payment order
   * (支付令) looks at, and the demand that interrupts the limitation period (DOMAIN §3, §9), start
   * with a formal demand that was delivered. So a debt 200 days old first gets the formal demand;
   * once that is sent the ladder goes on to the highest step reached, the minimum gap apart.
   */
  first_step_max: number;
  /** Letters to strategic accounts go with a copy to the account manager (the customer's salesperson). */
  strategic_copy_account_manager: boolean;
}

export const DEFAULT_POLICY: PolicySettings = {
  ladder: [
    { step: 0, key: 'pre-due', day: -7, channel: 'email', template: 'pre-due', deadline_days: 0, interest: false },
    { step: 1, key: 'reminder', day: 1, channel: 'call+email', template: 'reminder', deadline_days: 7, interest: false },
    { step: 2, key: 'first-notice', day: 15, channel: 'call+letter', template: 'first-notice', deadline_days: 7, interest: false },
    { step: 3, key: 'formal-demand', day: 30, channel: 'letter+call', template: 'formal-demand', deadline_days: 10, interest: true },
    { step: 4, key: 'final-demand', day: 45, channel: 'letter+visit', template: 'final-demand', deadline_days: 7, interest: true },
    { step: 5, key: 'pre-legal', day: 60, channel: 'letter', template: 'pre-legal', deadline_days: 7, interest: true },
  ],
  type_days: {
    delayer: [-7, 1, 7, 15, 21, 30],
    unreachable: [-7, 1, 7, 15, 21, 30],
  },
  strategic_days: [-7, 7, 30, 60, 90, 120],
  fast_after_broken_promise: ['cashflow'],
  min_amount: 50,
  grace_days: 0,
  min_gap_days: 7,
  first_step_max: 3,
  strategic_copy_account_manager: true,
};

/** A step of the ladder by number (after the user's settings), or undefined. */
export function ladderStep(policy: PolicySettings, step: number): LadderStepSetting | undefined {
  return policy.ladder.find((s) => s.step === step);
}

/** The letter a step makes: its template, its deadline (a date) and whether it claims interest. */
export function stepLetter(
  policy: PolicySettings,
  step: number,
  madeOn: string,
  dueDates: readonly string[],
): { template: string; deadline: string; interest: boolean } {
  const s = ladderStep(policy, step);
  const template = s?.template || s?.key || String(step);
  const days = s?.deadline_days ?? 7;
  // Step 0 (before the due date) asks for payment by the earliest due date; the others give days from today.
  const earliest = [...dueDates].sort()[0];
  const deadline = days === 0 && earliest && earliest > madeOn ? earliest : dateOf(dayNo(madeOn) + Math.max(days, 0));
  return { template, deadline, interest: s?.interest ?? step >= 3 };
}

export interface DunningItem {
  /** Days past due on the day of evaluation (≤ 0: not yet due). */
  daysPastDue: number;
  /** Collectible amount (disputed and held parts already removed); credit notes negative. */
  minor: number;
}

export interface LastStep {
  step: number;
  /** Date it was sent (YYYY-MM-DD). */
  date: string;
}

export interface DunningInput {
  /** null: not classified yet (an imported customer): the default ladder. */
  type: string | null;
  strategic: boolean;
  brokenPromiseRecently: boolean;
  currency: string;
  items: readonly DunningItem[];
  lastStep: LastStep | null;
  today: string;
}

export interface NextStep {
  step: number;
  key: string;
  channel: string;
  /** Day of the ladder this step waits for (after type overrides and grace). */
  day: number;
  /** The date the step is (or was) due; null when the amount is below the minimum. */
  dueOn: string | null;
  due: boolean;
  /** Why it is not due yet. */
  /** 'promise': a promise to pay it all falls due today, and comes first. */
  waiting?: 'age' | 'gap' | 'amount' | 'promise';
}

export interface DunningState {
  last: (LastStep & { key: string }) | null;
  /** null: nothing to dun, or the ladder is complete. */
  next: NextStep | null;
  complete: boolean;
  ladder: 'standard' | 'fast' | 'slow';
}

export function stepDays(
  policy: PolicySettings,
  type: string | null,
  strategic: boolean,
  brokenRecently: boolean,
): { days: number[]; ladder: DunningState['ladder'] } {
  const base = policy.ladder.map((s) => s.day);
  const pick = (arr: number[] | undefined) => (arr && arr.length === base.length ? arr : undefined);
  if (strategic) {
    const s = pick(policy.strategic_days);
    if (s) return { days: s, ladder: 'slow' };
  }
  if (type === null) return { days: base, ladder: 'standard' };
  const t = pick(policy.type_days[type]);
  if (t) return { days: t, ladder: 'fast' };
  if (brokenRecently && policy.fast_after_broken_promise.includes(type)) {
    const f = pick(policy.type_days.delayer);
    if (f) return { days: f, ladder: 'fast' };
  }
  return { days: base, ladder: 'standard' };
}

export function minAmountMinor(policy: PolicySettings, currency: string): number {
  return Math.round(policy.min_amount * 10 ** minorDigits(currency));
}

const sortedLadders = new WeakMap<LadderStepSetting[], LadderStepSetting[]>();
function sortedLadder(policy: PolicySettings): LadderStepSetting[] {
  let l = sortedLadders.get(policy.ladder);
  if (!l) sortedLadders.set(policy.ladder, (l = [...policy.ladder].sort((a, b) => a.step - b.step)));
  return l;
}

export function nextDunningStep(policy: PolicySettings, input: DunningInput): DunningState {
  const ladder = sortedLadder(policy);
  const { days, ladder: kind } = stepDays(policy, input.type, input.strategic, input.brokenPromiseRecently);
  const lastIdx = input.lastStep ? ladder.findIndex((s) => s.step === input.lastStep!.step) : -1;
  const last = input.lastStep ? { ...input.lastStep, key: ladder[lastIdx]?.key ?? String(input.lastStep.step) } : null;
  let oldest = -Infinity;
  let credits = 0;
  for (const i of input.items) {
    if (i.minor > 0 && i.daysPastDue > oldest) oldest = i.daysPastDue;
    else if (i.minor < 0) credits += i.minor;
  }
  if (oldest === -Infinity) return { last, next: null, complete: false, ladder: kind };

  // The highest step the oldest collectible item has reached (one letter per customer at its highest
  // step: a debt 200 days old gets a demand, not a "may have been overlooked"), and never a step
  // already sent: at least the one after the last sent. The pre-due heads-up only while nothing is
  // overdue yet.
  let reached = -1;
  ladder.forEach((step, i) => {
    const d = (days[i] ?? step.day) + (step.day > 0 ? policy.grace_days : 0);
    if (d <= oldest && (d > 0 || oldest < 1)) reached = i;
  });
  const afterLast = input.lastStep ? (lastIdx >= 0 ? lastIdx + 1 : ladder.findIndex((s) => s.step > input.lastStep!.step)) : -1;
  let idx: number;
  if (input.lastStep) {
    idx = afterLast < 0 ? -1 : Math.max(afterLast, reached);
  } else if (reached >= 0) {
    idx = reached;
  } else {
    const firstOverdue = ladder.findIndex((s, i) => (days[i] ?? s.day) > 0);
    idx = oldest >= 1 && firstOverdue >= 0 ? firstOverdue : 0;
  }
  // Not past the formal demand before it has been sent (see first_step_max).
  const cap = policy.first_step_max ?? DEFAULT_POLICY.first_step_max;
  if (idx > 0 && (!input.lastStep || input.lastStep.step < cap)) {
    let capIdx = -1;
    ladder.forEach((step, i) => {
      if (step.step <= cap) capIdx = i;
    });
    if (capIdx >= 0 && idx > capIdx) idx = Math.max(capIdx, afterLast);
  }
  const s = idx < 0 ? undefined : ladder[idx];
  if (!s) return { last, next: null, complete: !!input.lastStep, ladder: kind };
  const day = (days[idx] ?? s.day) + (s.day > 0 ? policy.grace_days : 0);
  // What the letter would demand: everything overdue (everything due within the pre-due window for
  // step 0), less any open credit notes.
  const from = Math.min(day, 1);
  let owed = credits;
  for (const i of input.items) if (i.minor > 0 && i.daysPastDue >= from) owed += i.minor;
  const min = minAmountMinor(policy, input.currency);
  if (owed < Math.max(min, 1) && oldest >= day) {
    const next: NextStep = { step: s.step, key: s.key, channel: s.channel, day, dueOn: null, due: false, waiting: 'amount' };
    return { last, next, complete: false, ladder: kind };
  }
  const todayN = dayNo(input.today);
  const reachedN = todayN + day - oldest;
  const gapN = input.lastStep ? dayNo(input.lastStep.date) + policy.min_gap_days : reachedN;
  const dueN = Math.max(reachedN, gapN);
  const due = dueN <= todayN;
  const next: NextStep = { step: s.step, key: s.key, channel: s.channel, day, dueOn: dateOf(dueN), due };
  if (!due) next.waiting = reachedN > todayN ? 'age' : 'gap';
  return { last, next, complete: false, ladder: kind };
}
