import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { AppConfig } from '../config/app-config';

/* eslint-disable @typescript-eslint/no-unsafe-function-type */
export interface SchemaLists {
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
}

/** Postgres options shared by the api, the worker, scripts and tests. Never `synchronize`. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize' | 'appEnv'> & Partial<Pick<AppConfig, 'databasePoolTimeoutMs'>>,
  schema: SchemaLists,
  url = config.databaseUrl,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: config.databasePoolSize,
      connectionTimeoutMillis: config.databasePoolTimeoutMs ?? 5000,
      idleTimeoutMillis: 30000,
      application_name: `sifa-jianyi-${config.appEnv}`,
      statement_timeout: 30000,
    },
  };
}
