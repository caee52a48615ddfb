import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DirectoryModule } from '@app/directory';
import { AttachmentCopier } from './attachment-copier.service';
import { AttachmentsService } from './attachments.service';

@Module({ imports: [AuditModule, DirectoryModule], providers: [AttachmentsService, AttachmentCopier], exports: [AttachmentsService, AttachmentCopier] })
export class AttachmentsModule {}
