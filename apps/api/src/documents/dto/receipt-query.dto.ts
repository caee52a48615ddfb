import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ReceiptQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The delivery whose 送达回证 to print. Default: the caller’s own organization’s delivery (a recipient); court staff must name one.',
  })
  @IsOptional()
  @IsUUID()
  deliveryId?: string;
}
