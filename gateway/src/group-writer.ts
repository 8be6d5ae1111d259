/**
 * Group commit: rows written while a flush is in flight are collected and written together by the
 * next flush, so under load one INSERT carries many rows while each caller still waits for its own
 * row to be committed (nothing is acknowledged before it is stored).
 */
export class GroupWriter<T> {
  private pending: Array<{ row: T; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing = false;

  constructor(private readonly flushFn: (rows: T[]) => Promise<void>, private readonly maxRows = 500) {}

  write(row: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, this.maxRows);
      try {
        await this.flushFn(batch.map((b) => b.row));
        for (const b of batch) b.resolve();
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    this.flushing = false;
  }
}
