import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes fields with separators, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(toCsv(['v'], [['=1+1'], ['+cmd'], ['@SUM(A1)'], [-3]])).toBe("v\r\n'=1+1\r\n'+cmd\r\n'@SUM(A1)\r\n-3\r\n");
  });
});
