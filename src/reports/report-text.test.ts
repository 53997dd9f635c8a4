import { describe, expect, it } from 'vitest';
import { winAnsi } from './assessment-pdf.js';
import { attentionOrder } from './report-text.js';
import type { RequirementResult } from '../domain/assessments/assess.js';

describe('report text', () => {
  it('reduces texts to what the standard PDF fonts can print', () => {
    expect(winAnsi('Café “quoted” – ok ✓ 東京 ≥ 5')).toBe('Café “quoted” – ok v ?? >= 5');
  });

  it('lists failing deciding requirements first, then open ones, then the rest in order', () => {
    const r = (id: string, status: RequirementResult['status'], settled: boolean, deciding = true) => ({ id, status, settled, deciding }) as RequirementResult;
    const order = attentionOrder([r('a', 'met', true), r('b', 'unknown', false), r('c', 'not-met', true), r('d', 'not-met', true, false), r('e', 'partly-met', true)]);
    expect(order.map((x) => x.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});
