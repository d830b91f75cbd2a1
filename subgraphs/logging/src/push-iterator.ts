/**
 * An async iterator fed by callbacks (a log stream), for subscriptions. Unlike an async
 * generator, its return() runs at once even while no value is pending, so a subscriber who
 * leaves a quiet log stops the upstream stream immediately instead of at the next line.
 */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  end(err?: Error): void;
}

export function pushIterator<T>(onClose: () => void, maxBuffered = 1000): PushIterator<T> {
  const buffer: T[] = [];
  const waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void }[] = [];
  let done = false;
  let failure: Error | undefined;
  let closed = false;
  const close = () => {
    if (!closed) {
      closed = true;
      onClose();
    }
  };

  const it: PushIterator<T> = {
    push(value) {
      if (done) return;
      const w = waiting.shift();
      if (w) w.resolve({ value, done: false });
      // A subscriber that cannot keep up loses the oldest lines rather than growing memory.
      else if (buffer.push(value) > maxBuffered) buffer.shift();
    },
    end(err) {
      if (done) return;
      done = true;
      failure = err;
      close();
      for (const w of waiting.splice(0)) {
        if (err) w.reject(err);
        else w.resolve({ value: undefined, done: true });
      }
    },
    next() {
      if (buffer.length) return Promise.resolve({ value: buffer.shift()!, done: false });
      if (done) return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      buffer.length = 0;
      it.end();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err?: unknown) {
      it.end(err instanceof Error ? err : undefined);
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}
