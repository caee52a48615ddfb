import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, Page } from '@app/core';
import { CaughtMailEntity } from './caught-mail.entity';

export type CaughtMailSummary = Omit<CaughtMailEntity, 'text' | 'html' | 'headers'>;

/** Reads what the demo SMTP catcher stored. */
@Injectable()
export class CaughtMailsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(f: { to?: string; page: number; pageSize: number }): Promise<Page<CaughtMailSummary>> {
    const qb = this.dataSource
      .getRepository(CaughtMailEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.messageId', 'c.from', 'c.to', 'c.subject', 'c.size', 'c.receivedAt']);
    if (f.to) qb.andWhere(':to = ANY(c.to)', { to: f.to });
    const [items, total] = await qb
      .orderBy('c.receivedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items, total, page: f.page, pageSize: f.pageSize };
  }

  async get(id: string): Promise<CaughtMailEntity> {
    const mail = await this.dataSource.getRepository(CaughtMailEntity).findOneBy({ id });
    if (!mail) throw AppException.notFound('Mail');
    return mail;
  }
}
