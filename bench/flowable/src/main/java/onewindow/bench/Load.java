package onewindow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The bench's load shapes (bench/lib/measure.ts): a closed loop over a fixed count, and a loop for a fixed time. */
final class Load {
  interface Op {
    void run(int i) throws Exception;
  }

  interface UserOp {
    void run(int user) throws Exception;
  }

  /** Operations per second over the whole run, and every operation's time in ms. */
  record Result(double perSecond, double[] latencies) {
    double p50() {
      return percentile(latencies, 50);
    }

    double p99() {
      return percentile(latencies, 99);
    }

    Map<String, Object> toJson() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("perSecond", perSecond);
      out.put("p50", p50());
      out.put("p99", p99());
      out.put("count", latencies.length);
      return out;
    }
  }

  private Load() {}

  /** Nearest-rank percentile, as bench/lib/measure.ts computes it. */
  static double percentile(double[] samples, double p) {
    if (samples.length == 0) return Double.NaN;
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }

  /** `count` operations, `concurrency` at a time, each thread taking the next one as soon as its last one ends. */
  static Result closedLoop(int count, int concurrency, Op op) throws Exception {
    double[] latencies = new double[count];
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    runThreads(Math.min(concurrency, count), (lane) -> {
      for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
        long t0 = System.nanoTime();
        op.run(i);
        latencies[i] = (System.nanoTime() - t0) / 1e6;
      }
    });
    double wallMs = (System.nanoTime() - started) / 1e6;
    return new Result(count / wallMs * 1000, latencies);
  }

  /** `users` threads repeat `op` until `durationMs` has passed, each timing every call. */
  static Result timedLoop(long durationMs, int users, UserOp op) throws Exception {
    List<double[]> perUser = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      perUser.add(new double[1 << 16]);
      counts.add(0);
    }
    int[] done = new int[users];
    long started = System.nanoTime();
    long until = started + durationMs * 1_000_000;
    runThreads(users, (user) -> {
      double[] mine = perUser.get(user);
      while (System.nanoTime() < until) {
        long t0 = System.nanoTime();
        op.run(user);
        if (done[user] == mine.length) {
          mine = Arrays.copyOf(mine, mine.length * 2);
          perUser.set(user, mine);
        }
        mine[done[user]++] = (System.nanoTime() - t0) / 1e6;
      }
    });
    double wallMs = (System.nanoTime() - started) / 1e6;
    double[] all = new double[Arrays.stream(done).sum()];
    int at = 0;
    for (int u = 0; u < users; u++) {
      System.arraycopy(perUser.get(u), 0, all, at, done[u]);
      at += done[u];
    }
    return new Result(all.length / wallMs * 1000, all);
  }

  private static void runThreads(int threads, UserOp lane) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> lanes = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int laneNo = t;
        lanes.add(pool.submit(() -> {
          lane.run(laneNo);
          return null;
        }));
      }
      for (Future<?> f : lanes) f.get();
    } finally {
      pool.shutdownNow();
    }
  }
}
