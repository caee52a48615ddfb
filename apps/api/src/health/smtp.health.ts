import { connect as tcpConnect, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig, APP_CONFIG } from '@app/core';

/** Waits for the server's 220 greeting, then says QUIT: reachable and speaking SMTP, nothing sent. */
export function smtpGreets(url: string, timeoutMs: number): Promise<void> {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  const port = Number(u.port || (secure ? 465 : 25));
  return new Promise((resolve, reject) => {
    const socket: Socket = secure ? tlsConnect({ host: u.hostname, port, servername: u.hostname }) : tcpConnect({ host: u.hostname, port });
    let greeting = '';
    const done = (err?: Error) => {
      clearTimeout(timer);
      socket.removeAllListeners('data');
      if (err) socket.destroy();
      else socket.end('QUIT\r\n');
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error('no greeting in time')), timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      greeting += chunk;
      if (!greeting.includes('\n')) return;
      done(greeting.startsWith('220') ? undefined : new Error(`unexpected greeting ${greeting.slice(0, 40).trim()}`));
    });
    socket.on('error', (e) => done(e));
  });
}

/**
 * Readiness of the mail server in SMTP_URL (API.md: Postgres, Redis, SMTP reachable). Without
 * SMTP_URL no mail is sent at all, which the check reports (`configured: false`) rather than fails.
 */
@Injectable()
export class SmtpHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(key: string, timeoutMs = 1000) {
    const probe = this.indicator.check(key);
    if (!this.config.smtpUrl) return probe.up({ configured: false });
    try {
      await smtpGreets(this.config.smtpUrl, timeoutMs);
      return probe.up();
    } catch (e) {
      return probe.down({ message: (e as Error).message });
    }
  }
}
