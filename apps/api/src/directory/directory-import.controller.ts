import { Body, Controller, Get, HttpCode, Post, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiProduces,
} from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { contentDisposition } from '@app/attachments';
import { AppException, CommonErrorCode } from '@app/core';
import { directoryTemplate, DirectoryImportService } from '@app/directory';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { BulkOrganizationsDto, BulkUsersDto, DirectoryImportProblemDto, DirectoryImportResultDto } from './dto/directory-import.dto';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';
/** Largest directory file accepted (a province's thousands of rows are well under 1 MB). */
export const DIRECTORY_FILE_MAX_BYTES = 10 * 1024 * 1024;

const INVALID = 'DIRECTORY_IMPORT_INVALID: nothing written; details name every problem as {sheet, row, field, message} (「用户」第37行：…)';

/** Loading the directory in bulk (SYS_ADMIN): the xlsx/CSV template, or JSON lists. */
@ApiTags('organizations')
@ApiBearerAuth()
@ApiExtraModels(DirectoryImportProblemDto)
@Controller('api/v1')
export class DirectoryImportController {
  constructor(private readonly imports: DirectoryImportService) {}

  @Post('organizations/bulk')
  @HttpCode(200)
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: '批量导入单位 / Create or update organizations by code, all or nothing (SYS_ADMIN)' })
  @ApiOkResponse({ type: DirectoryImportResultDto })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  @ApiErrors({ status: 422, codes: ['DIRECTORY_IMPORT_INVALID'] })
  bulkOrganizations(@CurrentPrincipal() p: Principal, @Body() dto: BulkOrganizationsDto): Promise<DirectoryImportResultDto> {
    return this.imports.importJson(p, 'organizations', dto.items);
  }

  @Post('users/bulk')
  @HttpCode(200)
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({
    summary: '批量导入用户 / Create or update users by username, all or nothing (SYS_ADMIN); new users without a password get one, answered once',
  })
  @ApiOkResponse({ type: DirectoryImportResultDto })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  @ApiErrors({ status: 422, codes: ['DIRECTORY_IMPORT_INVALID'] })
  bulkUsers(@CurrentPrincipal() p: Principal, @Body() dto: BulkUsersDto): Promise<DirectoryImportResultDto> {
    return this.imports.importJson(p, 'users', dto.items);
  }

  @Post('directory/import')
  @HttpCode(200)
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({
    summary: '导入通讯录文件 / Import the directory from the template (xlsx with sheets 单位 and/or 用户) or a CSV table; the file is the request body',
    description: `Send the file itself as the body with Content-Type ${XLSX_TYPE} or ${CSV_TYPE} (UTF-8 or GB18030), at most 10 MB. Organizations by code, then users by username; all or nothing.`,
  })
  @ApiConsumes(XLSX_TYPE, CSV_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: DirectoryImportResultDto })
  @ApiUnprocessableEntityResponse({ description: INVALID })
  @ApiErrors(415, { status: 422, codes: ['DIRECTORY_IMPORT_INVALID'] })
  importFile(@CurrentPrincipal() p: Principal, @Req() req: { body?: unknown }): Promise<DirectoryImportResultDto> {
    if (!Buffer.isBuffer(req.body)) {
      throw new AppException(415, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, `Send the file as the body with Content-Type ${XLSX_TYPE} or ${CSV_TYPE}`);
    }
    return this.imports.importFile(p, req.body);
  }

  @Get('directory/import-template.xlsx')
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: '下载通讯录导入模板 / The import template: sheets 单位 and 用户 with their header rows, and 说明' })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'xlsx workbook', schema: { type: 'string', format: 'binary' } })
  async template(): Promise<StreamableFile> {
    const buf = await directoryTemplate();
    return new StreamableFile(buf, { type: XLSX_TYPE, disposition: contentDisposition('通讯录导入模板.xlsx'), length: buf.length });
  }
}
