import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DirectoryModule } from '@app/directory';
import { AttachmentsService } from './attachments.service';

@Module({ imports: [AuditModule, DirectoryModule], providers: [AttachmentsService], exports: [AttachmentsService] })
export class AttachmentsModule {}
