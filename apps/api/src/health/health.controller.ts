import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppException, CommonErrorCode } from '@app/core';
import { Public } from '@app/identity';
import { RedisHealthIndicator } from './redis.health';
import { SmtpHealthIndicator } from './smtp.health';

/** A check that does not answer within this long counts as down: readiness must answer fast. */
const CHECK_TIMEOUT_MS = 1500;

class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly smtp: SmtpHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: '存活检查 / Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: '就绪检查 / Readiness: Postgres, Redis and the SMTP server answer (503 SERVICE_UNAVAILABLE otherwise, naming what is down)' })
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.db.pingCheck('postgres', { timeout: CHECK_TIMEOUT_MS }),
        () => this.redis.check('redis'),
        () => this.smtp.check('smtp', CHECK_TIMEOUT_MS),
      ]);
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      // The usual error shape; details say which dependency is down (statuses only: this is public).
      const result = e.getResponse() as HealthCheckResult;
      const details = Object.fromEntries(Object.entries(result.details ?? {}).map(([k, v]) => [k, { status: v.status }]));
      const down = Object.keys(details).filter((k) => details[k].status !== 'up');
      throw new AppException(503, CommonErrorCode.SERVICE_UNAVAILABLE, `Not ready: ${down.join(', ') || 'a dependency'} unavailable`, details);
    }
  }
}
