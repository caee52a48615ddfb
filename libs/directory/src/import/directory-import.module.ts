import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { DirectoryModule } from '../directory.module';
import { DirectoryImportService } from './directory-import.service';

/** The directory import (api only: it creates users, so it needs identity, which the worker does not load). */
@Module({
  imports: [AuditModule, DirectoryModule, IdentityModule],
  providers: [DirectoryImportService],
  exports: [DirectoryImportService],
})
export class DirectoryImportModule {}
