import { emptyCounters } from './counters';
import { METRIC_KEYS, metricsOf } from './metrics';
import { agencyCsv, csvField } from './stats-csv';

describe('CSV export', () => {
  it('quotes fields with commas, quotes or line breaks; null is empty', () => {
    expect(csvField('金华市住建局')).toBe('金华市住建局');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('neutralises texts that start like a formula (OWASP), and only texts', () => {
    // Checked failing without the fix: each cell came out as sent, e.g. =HYPERLINK("http://x","点").
    expect(csvField('=HYPERLINK("http://x","点")')).toBe(`"'=HYPERLINK(""http://x"",""点"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('金华市住建局-城区')).toBe('金华市住建局-城区');
    expect(csvField(' =1')).toBe(' =1');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.25)).toBe('-0.25');
  });

  it('starts with a BOM and writes one row per agency with every metric', () => {
    const c = { ...emptyCounters(), issued: 2, replied: 1, dueOrReplied: 2 };
    const csv = agencyCsv([{ rank: 1, id: 'id-1', name: '兰溪市市场监督管理局, 城区所', metrics: metricsOf(c) }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(end).toBe('');
    expect(header.split(',')).toHaveLength(3 + 3 * METRIC_KEYS.length);
    expect(row.startsWith('1,"兰溪市市场监督管理局, 城区所",id-1,2,2,1,')).toBe(true);
    const cells = row.replace(/"[^"]*"/, 'X').split(',');
    const fb = 3 + 3 * METRIC_KEYS.indexOf('feedbackRate');
    expect(cells.slice(fb, fb + 3)).toEqual(['1', '2', '0.5']);
    const adoption = 3 + 3 * METRIC_KEYS.indexOf('adoptionRate');
    expect(cells.slice(adoption, adoption + 3)).toEqual(['0', '0', '']);
  });
});
