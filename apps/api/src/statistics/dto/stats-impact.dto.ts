import { ApiProperty } from '@nestjs/swagger';
import { ImpactDto } from '../../cases/dto/impact.dto';
import { StatsScopeDto } from './stats-response.dto';

export class ImpactRowDto {
  @ApiProperty({ type: Number, nullable: true, example: 1, description: '1 = the largest fall beyond the control; null without a figure' }) rank!:
    number | null;
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ example: '关于加强住宅小区物业服务监管的司法建议' }) title!: string;
  @ApiProperty({ type: String, nullable: true, example: '浦江法建〔2024〕3号' }) docNumber!: string | null;
  @ApiProperty({ example: '浦江县人民法院' }) courtName!: string;
  @ApiProperty({ example: '2024-07-10' }) issuedOn!: string;
  @ApiProperty({ type: ImpactDto, description: 'The same answer as GET /suggestions/:id/impact' }) impact!: ImpactDto;
}

/** GET /stats/impact — the 治理成效 ranking. */
export class ImpactRankingDto {
  @ApiProperty({ type: StatsScopeDto }) scope!: StatsScopeDto;
  @ApiProperty({ description: 'The method in words' }) method!: string;
  @ApiProperty({ example: 4, description: 'Adopted letters issued in the scope and period' }) total!: number;
  @ApiProperty({ description: 'Only the 200 most recently issued were measured' }) truncated!: boolean;
  @ApiProperty({ type: [ImpactRowDto], description: 'Letters with a figure, by netChange, lowest first' }) items!: ImpactRowDto[];
  @ApiProperty({ type: [ImpactRowDto], description: 'Adopted letters without a figure yet, most recent first; impact.note says why' })
  unmeasured!: ImpactRowDto[];
}
