import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ApiTokenService } from './api-tokens/api-token.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { TokenService } from './auth/token.service';
import { UsersService } from './users/users.service';

/** Users, authentication and API tokens. The app registers {@link AuthGuard} globally. */
@Module({
  imports: [AuditModule],
  providers: [AuthService, TokenService, ApiTokenService, UsersService, AuthGuard],
  exports: [AuthService, TokenService, ApiTokenService, UsersService, AuthGuard],
})
export class IdentityModule {}
