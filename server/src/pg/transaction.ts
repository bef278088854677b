import type pg from "pg";

/**
 * Runs `work` on one pooled connection inside `begin` … COMMIT, rolling back if it throws. A
 * connection whose rollback failed is not reusable: it is released as broken, so the pool drops
 * it instead of handing it to the next caller mid-transaction.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  begin = "BEGIN",
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollback: Error) => {
      broken = rollback;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
