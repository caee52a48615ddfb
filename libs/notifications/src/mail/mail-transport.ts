import { connect, Socket } from 'node:net';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { AppConfig, APP_CONFIG } from '@app/core';
import { RatePacer } from './send-pacing';

/** SMTP connections per worker process (a killed worker can cut off at most this many sends). */
export const SMTP_CONNECTIONS = 5;

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

/**
 * Opens the TCP connection for nodemailer with Nagle's algorithm off. nodemailer writes a message's
 * end (`.` CRLF) as a separate small packet; with Nagle on it waits for the server's delayed ACK
 * (40 ms on Linux), which capped each pooled connection at ~20 messages/s. TLS (smtps, STARTTLS) is
 * still negotiated by nodemailer on this socket.
 */
export function connectNoDelay(options: SMTPPool.Options, callback: (err: Error | null, socketOptions?: { connection: Socket }) => void): void {
  const socket = connect({ host: options.host, port: Number(options.port), noDelay: true, localAddress: options.localAddress });
  let settled = false;
  const done = (err: Error | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    socket.removeListener('error', done); // from here on nodemailer listens
    if (err) {
      socket.on('error', () => undefined).destroy();
      callback(Object.assign(err, { code: (err as { code?: string }).code ?? 'ECONNECTION' }));
    } else callback(null, { connection: socket });
  };
  const timer = setTimeout(() => done(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })), options.connectionTimeout ?? 10_000);
  socket.once('error', done);
  socket.once('connect', () => done(null));
}

/** nodemailer pool options from `SMTP_URL` (smtp:// or smtps://, optional user:password, `?ignoreTLS=true`). */
export function smtpPoolOptions(smtpUrl: string): SMTPPool.Options {
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
    maxConnections: SMTP_CONNECTIONS,
    maxMessages: 100,
    getSocket: connectNoDelay,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/**
 * The pooled SMTP transport of one worker process, created on first use (the api never opens
 * it) and closed at shutdown. `turn()` paces its sends to MAIL_RATE_PER_SECOND per process.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;
  private readonly pacer: RatePacer;
  private inFlight = 0;
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.pacer = new RatePacer(config.mailRatePerSecond);
  }

  /** Waits for this process's next send slot under MAIL_RATE_PER_SECOND (call before taking locks). */
  turn(): Promise<void> {
    return this.pacer.turn();
  }

  async send(mail: OutgoingMail): Promise<SentInfo> {
    // Composed to one buffer first: nodemailer's streamed composition reaches the socket as a dozen
    // small writes per message, each its own packet (and syscall) with Nagle off.
    const node = new MailComposer({ ...mail, to: mail.to.join(', ') }).compile();
    const raw = await new Promise<Buffer>((resolve, reject) => node.build((e, b) => (e ? reject(e) : resolve(b))));
    const transporter = this.transport();
    this.inFlight++;
    try {
      const info = await transporter.sendMail({ envelope: node.getEnvelope(), raw });
      const list = (xs: unknown[] | undefined) => (xs ?? []).map((x) => (typeof x === 'string' ? x : (x as { address: string }).address));
      return { response: String(info.response ?? ''), accepted: list(info.accepted), rejected: list(info.rejected) };
    } finally {
      this.inFlight--;
      if (this.closing && this.inFlight === 0) this.closePool();
    }
  }

  /**
   * The queue workers close after this (Nest shuts global modules down last) and let their active
   * jobs finish, so the pool closes only once no send is under way; a job that still sends after
   * that gets a pool of its own, closed again when it is done.
   */
  onApplicationShutdown(): void {
    this.closing = true;
    if (this.inFlight === 0) this.closePool();
  }

  private closePool(): void {
    this.transporter?.close();
    this.transporter = null;
  }

  private transport(): Transporter {
    if (!this.transporter) {
      if (!this.config.smtpUrl) throw new Error('SMTP_URL is not configured: emails cannot be sent');
      this.transporter = createTransport(smtpPoolOptions(this.config.smtpUrl));
    }
    return this.transporter;
  }
}
