import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ParsedMail, parseMail } from '@app/notifications';

export interface SinkMail extends ParsedMail {
  to: string[];
  from: string;
}

/** How the sink answers one DATA command: accept, or fail with an SMTP code. */
export type SinkVerdict = 'accept' | { code: number; message: string };

/**
 * A real SMTP server in the test process (the `smtp-server` package). Keeps every accepted
 * message and the Message-ID of every attempt; `decide` can refuse messages to test retries.
 */
export async function startSmtpSink(decide: (m: SinkMail, attempt: number) => SinkVerdict = () => 'accept') {
  const accepted: SinkMail[] = [];
  const attempts: SinkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        parseMail(Buffer.concat(chunks)).then(
          (p) => {
            const mail: SinkMail = {
              ...p,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            };
            attempts.push(mail);
            const verdict = decide(mail, attempts.filter((a) => a.messageId === mail.messageId).length);
            if (verdict === 'accept') {
              accepted.push(mail);
              callback();
            } else {
              callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
            }
          },
          (e: Error) => callback(e),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    attempts,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Polls `check` until it returns a truthy value (or fails after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
