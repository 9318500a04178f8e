import { SqliteDialect, SqliteQueryCompiler, ValueNode, type LimitNode, type OperationNode } from 'kysely';

/** A whole number small enough to write into SQL as it is (never a string, never a fraction). */
function literalCount(node: OperationNode): number | null {
  if (!ValueNode.is(node)) return null;
  const { value } = node;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/**
 * SQLite compiler writing a whole-number LIMIT into the SQL. SQLite (3.53 here) reads a bound
 * LIMIT while planning and marks the statement to be prepared again whenever that parameter is
 * bound, so a cached statement with `limit ?` was parsed and planned again on every run — on the
 * article page, about as much CPU as running its queries. Limits are counts chosen by the code
 * (page sizes, sidebar lengths), so the distinct statements stay few; OFFSET (any page number)
 * stays a parameter, SQLite does not plan with it.
 */
export class LiteralLimitCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const n = literalCount(node.limit);
    if (n === null) super.visitLimit(node);
    else this.append(`limit ${String(n)}`);
  }
}

/** Kysely's SQLite dialect with `LiteralLimitCompiler`. */
export class LiteralLimitSqliteDialect extends SqliteDialect {
  override createQueryCompiler(): SqliteQueryCompiler {
    return new LiteralLimitCompiler();
  }
}
