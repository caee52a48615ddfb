import { Injectable } from '@nestjs/common';
import { Clock } from '@app/core';
import { DeadlineService } from '@app/deadlines';
import { Principal } from '@app/identity';
import { NoticesService, OutboxService } from '@app/notifications';
import { EntityManager } from 'typeorm';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryKind, DeliveryStatus } from './delivery.types';
import { TimelineService } from './timeline.service';

export interface IssuedLetter {
  id: string;
  title: string;
  docNumber: string | null;
  replyPeriodMonths: number;
}

/** The sign-for period: working days after delivery. */
export const SIGN_WORKING_DAYS = 3;

/**
 * Creates deliveries inside the caller's transaction (issue, re-route): the row with its clocks,
 * a timeline event, in-app notices to the recipient's users and the `delivery.created` outbox row.
 * The caller writes the audit event last.
 */
@Injectable()
export class DeliveryFactory {
  constructor(
    private readonly clock: Clock,
    private readonly deadlines: DeadlineService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
    private readonly outbox: OutboxService,
  ) {}

  async create(
    m: EntityManager,
    p: Principal,
    letter: IssuedLetter,
    organizationId: string,
    kind: DeliveryKind,
    reroutedFromId: string | null = null,
    copy?: { note: string; ofDeliveryId: string; courtName: string },
  ): Promise<DeliveryEntity> {
    const now = this.clock.now();
    let signDueDate: string | null = null;
    let replyDueDate: string | null = null;
    if (kind === DeliveryKind.MAIN) {
      signDueDate = await this.deadlines.signDueDate(now, SIGN_WORKING_DAYS);
      // Never signed: the letter counts as received on the sign-for due date (recomputed on signing).
      replyDueDate = await this.deadlines.replyDueDate(signDueDate, letter.replyPeriodMonths);
    }
    const d = m.create(DeliveryEntity, {
      suggestionId: letter.id,
      organizationId,
      kind,
      status: DeliveryStatus.DELIVERED,
      deliveredAt: now,
      signDueDate,
      replyDueDate,
      reroutedFromId,
      copyNote: copy?.note ?? null,
      copyOfDeliveryId: copy?.ofDeliveryId ?? null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    const saved = await m.save(DeliveryEntity, d);
    await this.timeline.record(m, p, {
      suggestionId: letter.id,
      deliveryId: saved.id,
      action: reroutedFromId ? 'delivery.rerouted_in' : copy ? 'delivery.copied_to_superior' : 'delivery.created',
      toStatus: DeliveryStatus.DELIVERED,
      data: { kind, organizationId, signDueDate, replyDueDate, reroutedFromId, ...(copy ? { note: copy.note, copyOfDeliveryId: copy.ofDeliveryId } : {}) },
    });
    await this.notices.notifyOrganization(
      m,
      { organizationId },
      {
        kind: 'delivery.created',
        title:
          kind === DeliveryKind.MAIN
            ? `收到司法建议书：${letter.docNumber ?? ''}《${letter.title}》`
            : `抄送司法建议书：${letter.docNumber ?? ''}《${letter.title}》`,
        body: signDueDate
          ? `请于 ${signDueDate} 前签收，${replyDueDate} 前书面回复。`
          : copy
            ? `${copy.courtName}依规定抄送贵单位（抄送件，请阅知）：${copy.note}`
            : '抄送件，请阅知。',
        suggestionId: letter.id,
        deliveryId: saved.id,
      },
    );
    await this.outbox.add(m, {
      topic: 'delivery.created',
      dedupeKey: `delivery.created:${saved.id}`,
      payload: { deliveryId: saved.id, suggestionId: letter.id, organizationId },
    });
    return saved;
  }
}
