import { Logger, Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG, dataSourceOptions } from '@app/core';

/** The connection statistics read from: DATABASE_REPLICA_URL when set, else the primary. */
export const STATS_READER = Symbol('STATS_READER');

export const statsReaderProvider: Provider = {
  provide: STATS_READER,
  inject: [APP_CONFIG, getDataSourceToken()],
  useFactory: async (config: AppConfig, primary: DataSource): Promise<DataSource> => {
    if (!config.databaseReplicaUrl) return primary;
    const replica = new DataSource({ ...dataSourceOptions(config, { entities: [], migrations: [] }, config.databaseReplicaUrl), name: 'replica' } as never);
    try {
      await replica.initialize();
      return replica;
    } catch (e) {
      new Logger('StatsReader').warn(`replica unreachable (${(e as Error).message}); statistics read from the primary`);
      return primary;
    }
  },
};
