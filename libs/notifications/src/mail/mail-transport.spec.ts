import { smtpPoolOptions } from './mail-transport';
import { senderDomain } from './message-id';

describe('SMTP settings', () => {
  it('builds a pooled, rate-limited transport from SMTP_URL', () => {
    expect(smtpPoolOptions('smtps://mailer:p%40ss@smtp.court.gov.cn', 5)).toMatchObject({
      pool: true,
      host: 'smtp.court.gov.cn',
      port: 465,
      secure: true,
      auth: { user: 'mailer', pass: 'p@ss' },
      rateDelta: 1000,
      rateLimit: 5,
    });
    const plain = smtpPoolOptions('smtp://127.0.0.1:1025?ignoreTLS=true', 0);
    expect(plain).toMatchObject({ host: '127.0.0.1', port: 1025, secure: false, ignoreTLS: true, auth: undefined });
    expect(plain).not.toHaveProperty('rateLimit');
  });

  it('takes the Message-ID domain from MAIL_FROM', () => {
    expect(senderDomain('司法建议一件事 <noreply@Court.gov.cn>')).toBe('court.gov.cn');
    expect(senderDomain('noreply@sifa.local')).toBe('sifa.local');
  });
});
