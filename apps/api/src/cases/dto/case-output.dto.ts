import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LeadAction, LeadStatus } from '@app/cases';

class CauseRefDto {
  @ApiProperty({ example: '9301' }) code!: string;
  @ApiProperty({ example: '物业服务合同纠纷' }) name!: string;
}

class MonthCountDto {
  @ApiProperty({ example: '2025-03' }) month!: string;
  @ApiProperty({ type: 'integer', example: 41 }) cases!: number;
}

class PartyCountDto {
  @ApiProperty({ example: '浦江县某物业服务有限公司' }) name!: string;
  @ApiProperty({ type: 'integer' }) cases!: number;
}

class CauseCountDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) cases!: number;
}

/** What a lead was detected from: monthly counts of the 12 months, the change, top parties or causes and sample 案号. */
export class LeadEvidenceDto {
  @ApiProperty({ type: [MonthCountDto] }) monthly!: MonthCountDto[];
  @ApiProperty({ type: 'integer' }) cases!: number;
  @ApiProperty({ type: 'integer' }) previousCases!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.52, description: 'Year-on-year change (0.52 = +52%); null without cases a year before' })
  change!: number | null;
  @ApiProperty({ type: [PartyCountDto] }) topParties!: PartyCountDto[];
  @ApiProperty({ type: [CauseCountDto] }) topCauses!: CauseCountDto[];
  @ApiProperty({ type: [String], example: ['(2025)浙0726民初1234号'] }) sampleCaseNumbers!: string[];
}

class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '金华市发展和改革委员会' }) name!: string;
}

class AnsweringLetterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) docNumber!: string | null;
  @ApiProperty() status!: string;
}

/** A class-case lead (类案线索). */
export class LeadDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) courtId!: string;
  @ApiProperty({ example: '金华市中级人民法院' }) courtName!: string;
  @ApiProperty({ enum: ['CAUSE_GROWTH', 'PARTY'] }) kind!: 'CAUSE_GROWTH' | 'PARTY';
  @ApiProperty({ type: CauseRefDto, nullable: true }) cause!: CauseRefDto | null;
  @ApiProperty({ type: String, nullable: true, example: '充电桩' }) keyword!: string | null;
  @ApiProperty({ type: String, nullable: true }) partyName!: string | null;
  @ApiProperty({ example: '2025-01', description: 'First month of the 12 the figures cover' }) periodFrom!: string;
  @ApiProperty({ example: '2025-12' }) periodTo!: string;
  @ApiProperty({ type: 'integer' }) cases!: number;
  @ApiProperty({ type: 'integer' }) previousCases!: number;
  @ApiProperty({ type: Number, nullable: true }) growth!: number | null;
  @ApiProperty({ type: LeadEvidenceDto }) evidence!: LeadEvidenceDto;
  @ApiProperty({ type: String, nullable: true, example: '发展改革部门' }) authority!: string | null;
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) suggestedOrganization!: OrganizationRefDto | null;
  @ApiProperty({ type: AnsweringLetterDto, nullable: true, description: 'A letter already on this problem to that recipient' })
  answeredBy!: AnsweringLetterDto | null;
  @ApiProperty({ enum: LeadStatus }) status!: LeadStatus;
  @ApiProperty({ type: String, nullable: true }) dismissReason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) draftId!: string | null;
  @ApiProperty() detectedAt!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ enum: LeadAction, isArray: true }) allowedActions!: LeadAction[];
}

export class LeadPageDto {
  @ApiProperty({ type: [LeadDto] }) items!: LeadDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}

/** What a detection run did. */
export class LeadRefreshResultDto {
  @ApiProperty({ example: '2026-01-05' }) asOf!: string;
  @ApiProperty({ example: '2025-01' }) periodFrom!: string;
  @ApiProperty({ example: '2025-12' }) periodTo!: string;
  @ApiProperty({ type: 'integer' }) candidates!: number;
  @ApiProperty({ type: 'integer', description: 'Leads written or refreshed' }) upserted!: number;
  @ApiProperty({ type: 'integer' }) durationMs!: number;
}

class CaseRowErrorDto {
  @ApiProperty({ type: 'integer', example: 3 }) row!: number;
  @ApiProperty({ example: 'caseNumber' }) field!: string;
  @ApiProperty({ example: '案号格式不正确' }) message!: string;
}

/** What a case import did (rows with errors are left out; the rest is written). */
export class CaseImportResultDto {
  @ApiProperty({ type: 'integer' }) created!: number;
  @ApiProperty({ type: 'integer' }) updated!: number;
  @ApiProperty({ type: 'integer' }) unchanged!: number;
  @ApiProperty({ type: [CaseRowErrorDto] }) errors!: CaseRowErrorDto[];
  @ApiProperty({ type: 'integer', description: 'Names of natural persons dropped before anything was written' }) naturalPersonNamesDropped!: number;
  @ApiPropertyOptional({ type: 'integer', description: 'File uploads: the data rows the file held' }) rows?: number;
}

class CaseTrendPointDto {
  @ApiProperty({ example: '2025-03' }) period!: string;
  @ApiProperty({ type: 'integer' }) cases!: number;
  @ApiProperty({ type: 'integer', description: 'The same period one year earlier' }) previousYear!: number;
  @ApiProperty({ type: Number, nullable: true }) change!: number | null;
}

/** Case counts by period with year-on-year change, top organisation parties and causes. */
export class CaseTrendsDto {
  @ApiProperty({ type: CauseRefDto, nullable: true }) cause!: CauseRefDto | null;
  @ApiProperty({ type: String, nullable: true }) keyword!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) courtId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ type: 'integer', description: 'Courts counted' }) courts!: number;
  @ApiProperty({ example: '2025-01' }) from!: string;
  @ApiProperty({ example: '2025-12' }) to!: string;
  @ApiProperty({ enum: ['month', 'quarter', 'year'] }) granularity!: 'month' | 'quarter' | 'year';
  @ApiProperty({ type: [CaseTrendPointDto] }) series!: CaseTrendPointDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) previousTotal!: number;
  @ApiProperty({ type: Number, nullable: true }) change!: number | null;
  @ApiProperty({ type: [PartyCountDto] }) topParties!: PartyCountDto[];
  @ApiProperty({ type: [CauseCountDto] }) byCause!: CauseCountDto[];
  @ApiProperty() method!: string;
}

class CasePartyDto {
  @ApiProperty({ example: 'ORGANIZATION', description: 'Natural persons carry no name' }) kind!: string;
  @ApiPropertyOptional({ example: '浦江县某物业服务有限公司' }) name?: string;
}

/** One case record (no names of natural persons). */
export class CaseDto {
  @ApiProperty({ example: '(2025)浙0726民初1234号' }) caseNumber!: string;
  @ApiProperty({ type: 'integer', example: 2025 }) year!: number;
  @ApiProperty({ example: '浙0726' }) courtCode!: string;
  @ApiProperty({ example: '民初' }) typeWord!: string;
  @ApiProperty() caseKind!: string;
  @ApiProperty({ type: 'integer' }) sequence!: number;
  @ApiProperty({ format: 'uuid' }) courtId!: string;
  @ApiProperty({ example: '浦江县人民法院' }) courtName!: string;
  @ApiProperty({ type: CauseRefDto }) cause!: CauseRefDto;
  @ApiProperty({ example: '2025-03-12' }) filedOn!: string;
  @ApiProperty({ type: String, nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: [CasePartyDto] }) parties!: CasePartyDto[];
  @ApiProperty({ type: Number, nullable: true }) amount!: number | null;
  @ApiProperty({ type: [String] }) keywords!: string[];
}

export class CasePageDto {
  @ApiProperty({ type: [CaseDto] }) items!: CaseDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}

/** A 案由 of the catalogue. */
export class CauseDto {
  @ApiProperty({ example: 'M9301' }) code!: string;
  @ApiProperty({ example: '物业服务合同纠纷' }) name!: string;
  @ApiProperty({ type: 'integer', example: 4 }) level!: number;
  @ApiProperty({ type: String, nullable: true }) parentCode!: string | null;
  @ApiProperty({ enum: ['CIVIL', 'ADMINISTRATIVE'] }) kind!: string;
  @ApiProperty({ type: [String], description: 'Names from the first level down to this one' }) path!: string[];
}

/** A rule of the 案由/领域 → competent authority table. */
export class AuthorityRuleOutDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) causeCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '物业服务合同纠纷' }) causeName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '充电桩' }) keyword!: string | null;
  @ApiProperty({ example: '住房和城乡建设局' }) authority!: string;
  @ApiProperty({ type: [String] }) namePatterns!: string[];
  @ApiProperty({ type: String, nullable: true }) domain!: string | null;
}
