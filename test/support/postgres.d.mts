export interface PostgresCluster {
  host: string;
  port: number;
  user: string;
  database: string;
  /** `postgres://app@127.0.0.1:PORT/postgres` */
  url: string;
  /** `postgres (PostgreSQL) 15.x` */
  version: string;
  stop(): Promise<void>;
}
export function findPostgresBin(): string | undefined;
export function postgresUnavailable(): string | undefined;
export function startPostgres(options?: { durable?: boolean }): Promise<PostgresCluster>;
