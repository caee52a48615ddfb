import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock } from '@app/core';
import { DataSource } from 'typeorm';
import { postToTarget } from './webhook-post';
import { signWebhook } from './webhook-signature';
import { WebhookTarget, WebhookTargetPolicy } from './webhook-target';
import { WebhooksService } from './webhooks.service';
import { WebhooksErrorCode } from './webhooks-error-codes';

export type WebhookOutcome = 'DELIVERED' | 'SKIPPED' | 'FAILED';

/**
 * POSTs one `webhook.deliver` outbox row to its subscriber, signed. The target is checked again at
 * every send (WebhookTargetPolicy) and the connection pinned to the checked addresses; a target that
 * is now forbidden is FAILED at once, nothing sent. A non-2xx answer (a 3xx included: redirects are
 * never followed) or a network error throws (BullMQ retries with exponential backoff); after the last
 * attempt the row is FAILED and visible to admins. A delivered row is never sent again.
 */
@Injectable()
export class WebhookSenderService {
  private readonly logger = new Logger(WebhookSenderService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksService,
    private readonly policy: WebhookTargetPolicy,
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
    let target: WebhookTarget;
    try {
      // DNS and WEBHOOK_ALLOWED_HOSTS may have changed since registration.
      target = await this.policy.target(hook.url);
    } catch (e) {
      if (!(e instanceof AppException) || e.code === WebhooksErrorCode.WEBHOOK_URL_UNRESOLVABLE)
        return this.failed(outboxId, finalAttempt, hook.url, (e as Error).message);
      // Forbidden: nothing is sent, and trying again would not change that (an admin may retry the row).
      await this.finish(outboxId, 'FAILED', `${e.code}: ${e.message}`);
      this.logger.warn(`webhook ${hook.id} refused on ${outboxId}: ${e.message}`);
      return 'FAILED';
    }
    const body = JSON.stringify({
      id: outboxId,
      event: row.payload.event,
      occurredAt: row.created_at,
      deliveryId: row.payload.deliveryId,
      data: row.payload.data,
    });
    const ts = Math.floor(Date.now() / 1000);
    let error: string;
    try {
      const res = await postToTarget(
        target,
        {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'sifa-jianyi-webhooks/1',
          'x-webhook-id': hook.id,
          'x-event': row.payload.event,
          'x-delivery-id': outboxId,
          'x-signature-timestamp': String(ts),
          'x-signature': signWebhook(hook.secret, ts, body),
        },
        body,
        timeoutMs,
      );
      if (res.status >= 200 && res.status < 300) {
        await this.finish(outboxId, 'DONE', null);
        return 'DELIVERED';
      }
      error =
        res.status >= 300 && res.status < 400
          ? `HTTP ${res.status}, redirect not followed (Location: ${(res.location ?? '').slice(0, 200)})`
          : `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    return this.failed(outboxId, finalAttempt, hook.url, error);
  }

  /** A failed attempt: FAILED after the last one, else recorded and thrown for BullMQ to retry. */
  private async failed(outboxId: string, finalAttempt: boolean, url: string, error: string): Promise<WebhookOutcome> {
    if (finalAttempt) {
      await this.finish(outboxId, 'FAILED', error);
      this.logger.warn(`webhook ${url} gave up on ${outboxId}: ${error}`);
      return 'FAILED';
    }
    await this.dataSource.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [outboxId, error]);
    throw new Error(`webhook ${url}: ${error}`);
  }

  private async finish(outboxId: string, status: 'DONE' | 'FAILED', error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET status = $2, attempts = attempts + 1, last_error = coalesce($3, last_error), processed_at = $4 WHERE id = $1`,
      [outboxId, status, error, this.clock.now()],
    );
  }
}
