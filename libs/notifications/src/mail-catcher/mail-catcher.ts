import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { parseMail } from './parse-mail';

export interface MailCatcher {
  port: number;
  /** smtp:// URL to give the api and worker as SMTP_URL. */
  url: string;
  close: () => Promise<void>;
}

export interface MailCatcherOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  /** Largest accepted message (bytes). */
  maxBytes?: number;
  log?: (line: string) => void;
}

/**
 * The demo's built-in SMTP server: accepts every message (no auth, no TLS), parses it and stores
 * it in `caught_mails`, where SYS_ADMIN reads it at `GET /api/v1/dev/mails`. Never for production.
 */
export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const pool = new Pool({ connectionString: opts.databaseUrl, max: 2, application_name: 'sifa-jianyi-mail-catcher' });
  const maxBytes = opts.maxBytes ?? 25 * 1024 * 1024;
  const addr = (a: SMTPServerAddress | false) => (a ? a.address : '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'sifa-jianyi mail catcher',
    size: maxBytes,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error('Message exceeds the size limit'), { responseCode: 552 }));
          return;
        }
        parseMail(raw)
          .then((p) =>
            pool.query(
              `INSERT INTO caught_mails (message_id, mail_from, rcpt_to, subject, text_body, html_body, headers, size) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [
                p.messageId,
                addr(session.envelope.mailFrom),
                session.envelope.rcptTo.map(addr),
                p.subject,
                p.text,
                p.html,
                JSON.stringify(p.headers),
                raw.length,
              ],
            ),
          )
          .then(() => {
            opts.log?.(`caught mail for ${session.envelope.rcptTo.map(addr).join(', ')}`);
            callback();
          })
          .catch((e: Error) => callback(Object.assign(new Error(`could not store the message: ${e.message}`), { responseCode: 451 })));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 1025, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${opts.host ?? '127.0.0.1'}:${port}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await pool.end();
    },
  };
}
