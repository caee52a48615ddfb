import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** Provides the one {@link Clock} everywhere; tests override it with a FixedClock. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
