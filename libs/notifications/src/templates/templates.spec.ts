import { deliveryNoticeMail } from './delivery-notice.template';
import { escapeHtml } from '@app/core';
import { chineseDate } from './mail-layout';
import { reminderMail } from './reminder.template';

const letter = { number: null, title: '关于<规范>停车收费的建议', courtName: '金华市中级人民法院', organizationName: '金华市住建局', path: 'deliveries/abc' };

describe('email templates', () => {
  it('escapes HTML and writes Chinese dates', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(chineseDate('2026-02-05')).toBe('2026年2月5日');
  });

  it('renders a copy notice without a sign-for deadline, with the link under APP_URL', () => {
    const m = deliveryNoticeMail('https://sifa.example.cn/', { letter, kind: 'COPY' });
    expect(m.template).toBe('copy-notice');
    expect(m.subject).toBe('【司法建议·抄送】金华市中级人民法院司法建议书');
    expect(m.text).toContain('金华市中级人民法院将司法建议书《关于<规范>停车收费的建议》抄送贵单位,供阅知。');
    expect(m.text).toContain('文号:(未编号)');
    expect(m.text).not.toContain('签收期限');
    expect(m.text).toContain('查看司法建议书:https://sifa.example.cn/deliveries/abc');
    expect(m.html).toContain('《关于&lt;规范&gt;停车收费的建议》');
    expect(m.html).not.toContain('<规范>');
  });

  it('says what is due and when in every reminder', () => {
    const m = reminderMail('http://localhost:3000', { kind: 'REPLY_DUE_TODAY', letter: { ...letter, number: '金中法建〔2026〕1号' }, dueDate: '2026-02-24' });
    expect(m.template).toBe('reminder.REPLY_DUE_TODAY');
    expect(m.subject).toBe('【今日到期】金中法建〔2026〕1号司法建议今日反馈到期');
    expect(m.text).toContain('待办事项:书面反馈');
    expect(m.text).toContain('期限:2026年2月24日');
    expect(m.text).not.toContain('已超期');
    const e = reminderMail('http://localhost:3000', { kind: 'ESCALATION', letter, dueDate: '2026-02-24', daysOverdue: 15, addressee: '兰溪市人民法院研究室' });
    expect(e.text.startsWith('兰溪市人民法院研究室:')).toBe(true);
    expect(e.text).toContain('已超期:15天');
  });
});
