import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail } from '@app/notifications';

export interface SlowSinkMail {
  messageId: string | null;
  to: string[];
  /** When the sink answered 250 (ms since epoch). */
  acceptedAt: number;
}

/**
 * A real SMTP server that takes `delayMs` to accept each message (as a content filter would): after
 * the client's final "." it waits, then answers 250 and keeps the message. A message whose sender
 * hung up before that answer (a killed worker) was never accepted and is discarded, as a real MTA
 * does when the connection drops before it has taken responsibility. `inFlight` counts messages
 * received and not yet answered; `aborted` those whose connection died while waiting.
 */
export async function startSlowSmtpSink(delayMs: number) {
  const accepted: SlowSinkMail[] = [];
  const state = { inFlight: 0, aborted: 0 };
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        state.inFlight++;
        const to = session.envelope.rcptTo.map((r) => r.address);
        parseMail(Buffer.concat(chunks)).then(
          (p) =>
            setTimeout(() => {
              state.inFlight--;
              if (closed.has(session.id)) {
                state.aborted++;
                return callback(new Error('connection closed'));
              }
              accepted.push({ messageId: p.messageId, to, acceptedAt: Date.now() });
              callback();
            }, delayMs),
          (e: Error) => {
            state.inFlight--;
            callback(e);
          },
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    state,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
