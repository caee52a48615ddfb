import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { DeliveryActionsService } from '@app/deliveries';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CopySuperiorDto } from './dto/delivery-input.dto';
import { DeliveryDto } from './dto/delivery-output.dto';

/** Art. 9: copies the court adds to a delivery's letter afterwards. */
@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('api/v1/deliveries')
export class DeliveryCopiesController {
  constructor(private readonly actions: DeliveryActionsService) {}

  @Post(':id/copy-superior')
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary: '抄送上级单位 / Copy the letter to the recipient’s superior organization (Art. 9), with a note printed on the copy',
    description:
      'The issuing court’s admin, on an open MAIN delivery of an issued letter: a new COPY delivery (read, not answered) for `organizationId`, by default the recipient’s directory parent (422 NO_SUPERIOR_ORGANIZATION when it has none). An organization that already holds the letter, the recipient itself or the court → 422 COPY_TARGET_INVALID. Answers the new copy; the main delivery’s timeline records it.',
  })
  @ApiCreatedResponse({ type: DeliveryDto, description: 'The new COPY delivery' })
  @ApiErrors(
    403,
    { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] },
    { status: 422, codes: ['NO_SUPERIOR_ORGANIZATION', 'COPY_TARGET_INVALID'] },
  )
  copySuperior(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: CopySuperiorDto): Promise<DeliveryDto> {
    return this.actions.copySuperior(p, id, { organizationId: dto.organizationId, note: dto.note, version: dto.version });
  }
}
