import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, Clock, Page, SqlStatement } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { InAppNotificationEntity } from './in-app-notification.entity';

export interface NoticeInput {
  kind: string;
  title: string;
  body?: string;
  suggestionId?: string | null;
  deliveryId?: string | null;
}

export interface NoticeAudience {
  /** Every active user of this organization… */
  organizationId: string;
  /** …holding one of these roles (all users when omitted)… */
  roles?: string[];
  /** …and, when given, of this 庭室. */
  division?: string | null;
}

/** In-app notices: written inside the caller's transaction, one row per addressed user. */
@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Notifies the users of an organization (optionally narrowed by roles/division); returns how many. */
  async notifyOrganization(m: EntityManager, to: NoticeAudience, n: NoticeInput): Promise<number> {
    const { sql, params } = this.statement([to], [], n);
    const rows = await m.query<{ id: string }[]>(`${sql} RETURNING id`, params);
    return rows.length;
  }

  async notifyUser(m: EntityManager, userId: string, n: NoticeInput): Promise<void> {
    const { sql, params } = this.statement([], [userId], n);
    await m.query(sql, params);
  }

  /**
   * One INSERT writing the same notice to every audience and every listed user: the rows
   * `notifyOrganization` and `notifyUser` would write one by one (a user addressed twice gets it
   * twice, as before), in one statement — run it alone or batched with an action's other writes.
   */
  statement(audiences: NoticeAudience[], userIds: string[], n: NoticeInput): SqlStatement {
    const params: unknown[] = [n.kind, n.title, n.body ?? '', n.suggestionId ?? null, n.deliveryId ?? null, this.clock.now()];
    const at = (v: unknown) => `$${params.push(v)}`;
    const columns = `u.id, u.organization_id, $1::text, $2::text, $3::text, $4::uuid, $5::uuid, $6::timestamptz`;
    const selects = [
      ...audiences.map(
        (to) =>
          `SELECT ${columns} FROM users u WHERE u.organization_id = ${at(to.organizationId)} AND u.active` +
          (to.roles != null ? ` AND u.roles && ${at(to.roles)}::text[]` : '') +
          (to.division != null ? ` AND u.division = ${at(to.division)}` : ''),
      ),
      ...userIds.map((id) => `SELECT ${columns} FROM users u WHERE u.id = ${at(id)} AND u.active`),
    ];
    if (selects.length === 0) selects.push(`SELECT ${columns} FROM users u WHERE false`);
    return {
      sql: `INSERT INTO in_app_notifications (user_id, organization_id, kind, title, body, suggestion_id, delivery_id, created_at) ${selects.join(' UNION ALL ')}`,
      params,
    };
  }

  /**
   * The notice to every active user a query chooses: `fromWhere(at)` returns `FROM users u … WHERE …`
   * (each value bound with `at(v)`, which answers its placeholder). For audiences that follow from
   * data rather than an organization (the court an adopted letter came from).
   */
  statementFromQuery(fromWhere: (at: (v: unknown) => string) => string, n: NoticeInput): SqlStatement {
    const params: unknown[] = [n.kind, n.title, n.body ?? '', n.suggestionId ?? null, n.deliveryId ?? null, this.clock.now()];
    const at = (v: unknown) => `$${params.push(v)}`;
    const columns = `u.id, u.organization_id, $1::text, $2::text, $3::text, $4::uuid, $5::uuid, $6::timestamptz`;
    return {
      sql: `INSERT INTO in_app_notifications (user_id, organization_id, kind, title, body, suggestion_id, delivery_id, created_at) SELECT DISTINCT ${columns} ${fromWhere(at)}`,
      params,
    };
  }

  async list(
    userId: string | null,
    opts: { unreadOnly?: boolean; page: number; pageSize: number },
  ): Promise<Page<InAppNotificationEntity> & { unread: number }> {
    if (!userId) return { items: [], total: 0, page: opts.page, pageSize: opts.pageSize, unread: 0 };
    const qb = this.dataSource.getRepository(InAppNotificationEntity).createQueryBuilder('n').where('n.userId = :userId', { userId });
    if (opts.unreadOnly) qb.andWhere('n.readAt IS NULL');
    const [items, total] = await qb
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip((opts.page - 1) * opts.pageSize)
      .take(opts.pageSize)
      .getManyAndCount();
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM in_app_notifications WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return { items, total, page: opts.page, pageSize: opts.pageSize, unread: count };
  }

  /** Marks every unread notice of the caller read at the same instant; returns how many changed. */
  async markAllRead(userId: string | null): Promise<number> {
    if (!userId) return 0;
    const [, affected] = await this.dataSource.query('UPDATE in_app_notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL', [
      userId,
      this.clock.now(),
    ]);
    return affected ?? 0;
  }

  /** Marks one of the caller's notices read (idempotent); someone else's notice is 404. */
  async markRead(userId: string | null, id: string): Promise<InAppNotificationEntity> {
    const repo = this.dataSource.getRepository(InAppNotificationEntity);
    const n = userId ? await repo.findOneBy({ id, userId }) : null;
    if (!n) throw AppException.notFound('Notification');
    if (!n.readAt) {
      n.readAt = this.clock.now();
      await repo.update({ id }, { readAt: n.readAt });
    }
    return n;
  }
}
