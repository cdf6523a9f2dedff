// The one CSV writer, for Excel: a BOM when asked, formula injection defused, numbers left numbers.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/view/csv.js';

describe('renderCsv', () => {
  it('defuses cells Excel would run as formulas, and keeps numbers and phone numbers as they are', () => {
    const out = renderCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['=SUM(A1)', '+cmd|x', '-2+3', '@x', '-1234.50', '+65 5550 0199']]);
    expect(out.split('\n')[1]).toBe("'=SUM(A1),'+cmd|x,'-2+3,'@x,-1234.50,+65 5550 0199");
  });
  it('writes a UTF-8 BOM first when asked, and quotes what needs quoting', () => {
    const out = renderCsv(['客户名称', '逾期金额'], [['Brandt, "Söhne"', -1000]], { bom: true });
    expect(out).toBe('\ufeff客户名称,逾期金额\n"Brandt, ""Söhne""",-1000\n');
  });
});
