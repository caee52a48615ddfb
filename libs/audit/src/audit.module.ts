import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditSigner } from './audit-signer';
import { AuditVerifier } from './audit-verifier.service';
import { AuditService } from './audit.service';

const PROVIDERS = [AuditService, AuditSigner, AuditVerifier, AuditCheckpointService];

@Module({ imports: [NotificationsModule], providers: PROVIDERS, exports: PROVIDERS })
export class AuditModule {}
