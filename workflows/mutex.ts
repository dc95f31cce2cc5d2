/** A FIFO lock built on promises (deterministic in the workflow sandbox): handlers interleave at awaits. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  get idle(): boolean {
    return this.waiting === 0;
  }

  run<T>(critical: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(critical);
    this.tail = result.then(
      () => this.release(),
      () => this.release(),
    );
    return result;
  }

  private release(): void {
    this.waiting -= 1;
  }
}
