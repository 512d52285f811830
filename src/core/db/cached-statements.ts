import type Database from 'better-sqlite3';

/**
 * The same database with `prepare` remembered per SQL text. The repositories prepare their statement on
 * every call, which costs more than running it: every handler gets this one (core.ts), so bulk paths such as
 * an import of thousands of rows reuse the same few statements.
 */
export function withCachedStatements(db: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          let statement = cache.get(sql);
          if (!statement) {
            statement = target.prepare(sql);
            cache.set(sql, statement);
          }
          return statement;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
