import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { AppConfig, APP_CONFIG } from '@app/core';

export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** `<uuid@domain>`, fixed per logical email. */
  messageId: string;
}

export interface SentInfo {
  response: string;
  accepted: string[];
  rejected: string[];
}

/** nodemailer pool options from `SMTP_URL` (smtp:// or smtps://, optional user:password, `?ignoreTLS=true`). */
export function smtpPoolOptions(smtpUrl: string, ratePerSecond: number): SMTPPool.Options {
  const u = new URL(smtpUrl);
  const secure = u.protocol === 'smtps:';
  const flag = (name: string) => u.searchParams.get(name) === 'true';
  return {
    pool: true,
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    ignoreTLS: flag('ignoreTLS'),
    tls: u.searchParams.get('rejectUnauthorized') === 'false' ? { rejectUnauthorized: false } : undefined,
    maxConnections: 5,
    maxMessages: 100,
    ...(ratePerSecond > 0 ? { rateDelta: 1000, rateLimit: ratePerSecond } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/**
 * The pooled SMTP transport of one worker process, created on first use (the api never opens
 * it) and closed at shutdown. Rate limited to MAIL_RATE_PER_SECOND per process.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: OutgoingMail): Promise<SentInfo> {
    const info = await this.transport().sendMail({ ...mail, to: mail.to.join(', ') });
    const list = (xs: unknown[] | undefined) => (xs ?? []).map((x) => (typeof x === 'string' ? x : (x as { address: string }).address));
    return { response: String(info.response ?? ''), accepted: list(info.accepted), rejected: list(info.rejected) };
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
    this.transporter = null;
  }

  private transport(): Transporter {
    if (!this.transporter) {
      if (!this.config.smtpUrl) throw new Error('SMTP_URL is not configured: emails cannot be sent');
      this.transporter = createTransport(smtpPoolOptions(this.config.smtpUrl, this.config.mailRatePerSecond));
    }
    return this.transporter;
  }
}
