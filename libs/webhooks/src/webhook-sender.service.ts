import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { DataSource } from 'typeorm';
import { signWebhook } from './webhook-signature';
import { WebhooksService } from './webhooks.service';

export type WebhookOutcome = 'DELIVERED' | 'SKIPPED' | 'FAILED';

/**
 * POSTs one `webhook.deliver` outbox row to its subscriber, signed. A non-2xx answer or a network
 * error throws (BullMQ retries with exponential backoff); after the last attempt the row is FAILED
 * and visible to admins. A delivered row is never sent again.
 */
@Injectable()
export class WebhookSenderService {
  private readonly logger = new Logger(WebhookSenderService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(outboxId: string, finalAttempt: boolean, timeoutMs = 10_000): Promise<WebhookOutcome> {
    const [row]: { status: string; payload: { webhookId: string; event: string; eventId: string; deliveryId: string; data: unknown }; created_at: Date }[] =
      await this.dataSource.query(`SELECT status, payload, created_at FROM outbox_messages WHERE id = $1`, [outboxId]);
    if (!row || row.status === 'DONE' || row.status === 'FAILED') return 'SKIPPED';
    const hook = await this.webhooks.findWithSecret(row.payload.webhookId);
    if (!hook || !hook.active) {
      await this.finish(outboxId, 'DONE', 'webhook removed');
      return 'SKIPPED';
    }
    const body = JSON.stringify({ id: outboxId, event: row.payload.event, occurredAt: row.created_at, deliveryId: row.payload.deliveryId, data: row.payload.data });
    const ts = Math.floor(Date.now() / 1000);
    let error: string | null = null;
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'sifa-jianyi-webhooks/1',
          'x-webhook-id': hook.id,
          'x-event': row.payload.event,
          'x-delivery-id': outboxId,
          'x-signature-timestamp': String(ts),
          'x-signature': signWebhook(hook.secret, ts, body),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.ok) {
        await this.finish(outboxId, 'DONE', null);
        return 'DELIVERED';
      }
      error = `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    if (finalAttempt) {
      await this.finish(outboxId, 'FAILED', error);
      this.logger.warn(`webhook ${hook.id} gave up on ${outboxId}: ${error}`);
      return 'FAILED';
    }
    await this.dataSource.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [outboxId, error]);
    throw new Error(`webhook ${hook.url}: ${error}`);
  }

  private async finish(outboxId: string, status: 'DONE' | 'FAILED', error: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_messages SET status = $2, attempts = attempts + 1, last_error = coalesce($3, last_error), processed_at = $4 WHERE id = $1`, [
      outboxId,
      status,
      error,
      this.clock.now(),
    ]);
  }
}
