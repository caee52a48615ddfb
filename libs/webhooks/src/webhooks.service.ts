import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { AppException } from '@app/core';
import { actorOf, Principal, randomToken } from '@app/identity';
import { OutboxService } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { WEBHOOK_DELIVER_TOPIC, WEBHOOK_SOURCE_TOPICS } from './webhook-events';
import { WebhookTargetPolicy } from './webhook-target';
import { WebhookEntity } from './webhook.entity';

export interface WebhookView {
  id: string;
  organizationId: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: Date;
  version: number;
}

const view = (w: WebhookEntity): WebhookView => ({
  id: w.id,
  organizationId: w.organizationId,
  url: w.url,
  events: w.events,
  active: w.active,
  createdAt: w.createdAt,
  version: w.version,
});

/** Subscriptions for an organization's own systems, and the fan-out of events to them. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly policy: WebhookTargetPolicy,
  ) {}

  /** Refused with 400 (WEBHOOK_URL_INVALID / _FORBIDDEN / _UNRESOLVABLE) unless the URL may be reached; stored as parsed. */
  async create(p: Principal, rawUrl: string, events: string[]): Promise<WebhookView & { secret: string }> {
    const url = (await this.policy.check(rawUrl)).url.href;
    const secret = randomToken('whsec_', 24);
    return this.dataSource.transaction(async (m) => {
      const w = await m.save(
        WebhookEntity,
        m.create(WebhookEntity, { organizationId: p.organizationId, url, events: [...new Set(events)], secret, createdBy: p.username }),
      );
      await this.audit.record(m, actorOf(p), {
        action: 'webhook.create',
        entityType: 'webhook',
        entityId: w.id,
        organizationId: p.organizationId,
        data: { url, events: w.events },
      });
      return { ...view(w), secret };
    });
  }

  async list(p: Principal): Promise<WebhookView[]> {
    const rows = await this.dataSource.getRepository(WebhookEntity).find({ where: { organizationId: p.organizationId }, order: { createdAt: 'ASC' } });
    return rows.map(view);
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const w = await m.findOneBy(WebhookEntity, { id, organizationId: p.organizationId });
      if (!w) throw AppException.notFound('Webhook');
      await m.update(WebhookEntity, { id }, { active: false });
      await this.audit.record(m, actorOf(p), { action: 'webhook.delete', entityType: 'webhook', entityId: id, organizationId: p.organizationId });
    });
  }

  /**
   * Turns one source event (an outbox row of a topic in WEBHOOK_SOURCE_TOPICS about a delivery)
   * into one `webhook.deliver` outbox row per subscribed webhook of the delivery's recipient.
   * Idempotent: the dedupe key is (webhook, source row).
   */
  async fanOut(m: EntityManager, sourceTopic: string, sourceKey: string, deliveryId: string, data: Record<string, unknown>): Promise<number> {
    const event = WEBHOOK_SOURCE_TOPICS[sourceTopic];
    if (!event) return 0;
    const hooks: { id: string }[] = await m.query(
      `SELECT w.id FROM webhooks w JOIN deliveries d ON d.organization_id = w.organization_id
        WHERE d.id = $1 AND w.active AND $2 = ANY(w.events)`,
      [deliveryId, event],
    );
    let n = 0;
    for (const h of hooks) {
      const added = await this.outbox.add(m, {
        topic: WEBHOOK_DELIVER_TOPIC,
        dedupeKey: `webhook:${h.id}:${sourceKey}`,
        payload: { webhookId: h.id, event, deliveryId, eventId: sourceKey, data },
      });
      if (added) n++;
    }
    return n;
  }

  /** The webhook with its secret, for the sender. */
  findWithSecret(id: string): Promise<WebhookEntity | null> {
    return this.dataSource.getRepository(WebhookEntity).createQueryBuilder('w').addSelect('w.secret').where('w.id = :id', { id }).getOne();
  }
}
