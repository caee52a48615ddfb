import { ApiProperty } from '@nestjs/swagger';

export class ImpactCauseDto {
  @ApiProperty({ example: 'M040123' }) code!: string;
  @ApiProperty({ example: '物业服务合同纠纷' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '充电桩' }) keyword!: string | null;
}

export class ImpactRegionDto {
  @ApiProperty({ example: '330726', description: 'The adopting agency’s 行政区划 code' }) code!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ example: '浦江县住房和城乡建设局' }) organizationName!: string;
  @ApiProperty({ example: 1, description: 'Courts of that region whose cases are counted' }) courts!: number;
}

export class ImpactBeforeDto {
  @ApiProperty({ example: '2023-07-01' }) from!: string;
  @ApiProperty({ example: '2024-06-30' }) to!: string;
  @ApiProperty({ example: 24 }) cases!: number;
}

export class ImpactAfterDto {
  @ApiProperty({ example: '2024-10-01' }) from!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-09-30' }) to!: string | null;
  @ApiProperty({ example: 12, description: 'Whole months counted since the month implementation was confirmed (at most 12)' }) months!: number;
  @ApiProperty({ type: Number, nullable: true, example: 12 }) cases!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 12, description: 'cases × 12 ÷ months' }) annualised!: number | null;
}

export class ImpactControlDto {
  @ApiProperty({ example: 36 }) before!: number;
  @ApiProperty({ type: Number, nullable: true, example: 24 }) after!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.3333 }) change!: number | null;
}

/** GET /suggestions/:id/impact — one letter's 治理成效 (ImpactService). */
export class ImpactDto {
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ type: ImpactCauseDto, nullable: true }) cause!: ImpactCauseDto | null;
  @ApiProperty({ type: ImpactRegionDto, nullable: true }) region!: ImpactRegionDto | null;
  @ApiProperty({ type: ImpactBeforeDto, nullable: true }) before!: ImpactBeforeDto | null;
  @ApiProperty({ type: ImpactAfterDto, nullable: true }) after!: ImpactAfterDto | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.5, description: 'annualised after ÷ before − 1' }) change!: number | null;
  @ApiProperty({ type: ImpactControlDto, nullable: true, description: 'The same change for every case of the region' }) control!: ImpactControlDto | null;
  @ApiProperty({ type: Number, nullable: true, example: -0.1667, description: 'change − control.change' }) netChange!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why there is no figure (no linked 案由, not adopted, not confirmed, no whole month), or that it is annualised',
  })
  note!: string | null;
  @ApiProperty({ description: 'The method in words' }) method!: string;
}
