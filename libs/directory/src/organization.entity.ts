import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export enum OrganizationType {
  COURT = 'COURT',
  AGENCY = 'AGENCY',
  CONGRESS = 'CONGRESS',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  OTHER = 'OTHER',
}

/**
 * A node of the directory: courts (高院 → 中院 → 基层法院), agencies (parent = superior
 * authority), 人大 and 党委 bodies. `path` is the materialized chain of ids from the root
 * (`/root-id/…/own-id/`), so a subtree is one indexed prefix match.
 */
@Entity({ name: 'organizations' })
@Index('ix_organizations_parent', ['parentId'])
@Index('ix_organizations_region', ['regionCode'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  type: OrganizationType;

  @Column({ type: 'text' })
  name: string;

  /** Short name used in document numbers, e.g. 兰溪 in 兰溪法建〔2025〕3号. */
  @Column({ name: 'short_name', type: 'text' })
  shortName: string;

  /** A unique code (court code or 统一社会信用代码). */
  @Column({ type: 'text', nullable: true, unique: true })
  code: string | null;

  /** A court's 法院代字 (浙0781: province abbreviation + 2 or 4 digits), by which case numbers find it; unique where set. */
  @Column({ name: 'case_code', type: 'text', nullable: true })
  caseCode: string | null;

  /** 6-digit 行政区划 code (330781 lies inside 330700, which lies inside 330000). */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  /** Agencies that require their leader to approve a reply before it counts as submitted. */
  @Column({ name: 'reply_needs_approval', type: 'boolean', default: false })
  replyNeedsApproval: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
