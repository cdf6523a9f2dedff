// The kept rate feeds the score: the same broken promise weighs less for a customer who keeps most.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY, DEFAULT_WEIGHTS, scoreParts } from '../../src/core/priority.js';

const points = (keptShare: number | undefined, brokenPromises = 2) =>
  scoreParts(
    {
      collectibleMinor: 100_000,
      currency: 'USD',
      daysPastDue: 30,
      brokenPromises,
      daysSinceContact: 3,
      avgDaysBeyondTerms: null,
      limitation: null,
      grade: 'B',
      type: 'delayer',
      keptShare,
    },
    DEFAULT_WEIGHTS,
    DEFAULT_PRIORITY,
    90,
  ).find((p) => p.factor === 'broken_promises')?.points;

describe('broken promises, weighed by the kept rate', () => {
  it('full weight with no promise kept; three quarters when half were kept; half when all others were', () => {
    expect(points(undefined)).toBe(12);
    expect(points(0)).toBe(12);
    expect(points(0.5)).toBe(9);
    expect(points(1)).toBe(6);
  });

  it('nothing broken, nothing to weigh', () => {
    expect(points(1, 0)).toBe(0);
  });
});
