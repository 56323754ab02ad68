/** Runs at most `slots` tasks at a time, in the order they were queued; `slots` can be raised later. */
export interface Limiter {
  <T>(task: () => Promise<T>): Promise<T>;
  /** Allows `slots` tasks at a time from now on, starting waiting ones at once. */
  readonly resize: (slots: number) => void;
}

export function createLimiter(initialSlots: number): Limiter {
  let slots = initialSlots;
  let running = 0;
  const waiting: (() => void)[] = [];
  const startWaiting = (): void => {
    while (running < slots && waiting.length > 0) waiting.shift()!();
  };
  const release = (): void => {
    running--;
    startWaiting();
  };
  const limit = <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        running++;
        task().then(resolve, reject).finally(release);
      };
      if (running < slots) start();
      else waiting.push(start);
    });
  return Object.assign(limit, {
    resize: (next: number): void => {
      slots = next;
      startWaiting();
    },
  });
}
