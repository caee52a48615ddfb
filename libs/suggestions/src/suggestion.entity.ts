import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { SuggestionCategory, SuggestionStatus } from './suggestion.types';

/** The letter (司法建议书). Indexes: see the ClosedLoop migration. */
@Entity({ name: 'suggestions' })
export class SuggestionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'court_id', type: 'uuid' }) courtId: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ type: 'text', nullable: true }) division: string | null;
  @Column({ type: 'text' }) status: SuggestionStatus;
  @Column({ type: 'text' }) category: SuggestionCategory;
  @Column({ type: 'text', nullable: true }) domain: string | null;
  @Column({ type: 'boolean', default: false }) major: boolean;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) background: string;
  @Column({ name: 'cause_analysis', type: 'text', default: '' }) causeAnalysis: string;
  @Column({ name: 'legal_basis', type: 'text', default: '' }) legalBasis: string;
  @Column({ name: 'source_cases', type: 'text', array: true, default: () => "'{}'" }) sourceCases: string[];
  @Column({ name: 'reply_period_months', type: 'integer', default: 2 }) replyPeriodMonths: number;
  @Column({ name: 'contact_name', type: 'text', nullable: true }) contactName: string | null;
  @Column({ name: 'contact_phone', type: 'text', nullable: true }) contactPhone: string | null;
  @Column({ name: 'doc_number', type: 'text', nullable: true }) docNumber: string | null;
  @Column({ name: 'doc_year', type: 'integer', nullable: true }) docYear: number | null;
  @Column({ name: 'doc_seq', type: 'integer', nullable: true }) docSeq: number | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Column({ name: 'withdraw_reason', type: 'text', nullable: true }) withdrawReason: string | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  /** The latest return/review comment shown to the drafter. */
  @Column({ name: 'last_comment', type: 'text', nullable: true }) lastComment: string | null;
  @Column({ name: 'escalated_from_court_id', type: 'uuid', nullable: true }) escalatedFromCourtId: string | null;
  @Column({ name: 'escalated_to_court_id', type: 'uuid', nullable: true }) escalatedToCourtId: string | null;
  @Column({ name: 'adopted_from_id', type: 'uuid', nullable: true }) adoptedFromId: string | null;
  @Column({ name: 'adopted_as_id', type: 'uuid', nullable: true }) adoptedAsId: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One problem ↔ recommendation pair (问题与建议一一对应), numbered from 1. */
@Entity({ name: 'suggestion_items' })
export class SuggestionItemEntity {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid' }) suggestionId: string;
  @PrimaryColumn({ type: 'integer' }) index: number;
  @Column({ type: 'text' }) problem: string;
  @Column({ type: 'text' }) recommendation: string;
}

/** A planned recipient of a draft (deliveries are created from these at issue). */
@Entity({ name: 'suggestion_recipients' })
export class SuggestionRecipientEntity {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid' }) suggestionId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) kind: 'MAIN' | 'COPY';
  @Column({ type: 'integer' }) position: number;
}
