package onewindow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;

/**
 * The bench's peer: the lifecycle bench's procedure on Flowable embedded, measured as the OneWindow benches measure
 * theirs, in the same run on the same PostgreSQL (bench/flowable.bench.ts starts it). The database comes from
 * FLOWABLE_JDBC_URL, FLOWABLE_DB_USER, FLOWABLE_DB_PASSWORD; the sizes from --name=value arguments. Progress goes
 * to stderr, the results as one JSON object to stdout.
 */
public final class Main {
  private Main() {}

  public static void main(String[] argv) {
    try {
      run(argv);
      System.exit(0);
    } catch (Exception e) {
      // the async executor's threads would keep the JVM alive
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      if (!a.startsWith("--") || !a.contains("=")) throw new IllegalArgumentException("expected --name=value: " + a);
      args.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    int runs = Integer.parseInt(args.getOrDefault("runs", "3"));
    int starts = Integer.parseInt(args.getOrDefault("starts", "1000"));
    int startThreads = Integer.parseInt(args.getOrDefault("start-threads", "8"));
    int instances = Integer.parseInt(args.getOrDefault("instances", "200"));
    int inFlight = Integer.parseInt(args.getOrDefault("in-flight", "16"));
    int warmUp = Integer.parseInt(args.getOrDefault("warm-up", "300"));
    long inboxMs = Long.parseLong(args.getOrDefault("inbox-seconds", "10")) * 1000;
    String inboxSizes = args.getOrDefault("inbox", "100000,1000000");
    String url = env("FLOWABLE_JDBC_URL");
    String user = env("FLOWABLE_DB_USER");
    String password = env("FLOWABLE_DB_PASSWORD");

    long t0 = System.nanoTime();
    ProcessEngine engine = Engine.start(url, user, password, inFlight + 4);
    say("engine up and procedure deployed in %.1f s", (System.nanoTime() - t0) / 1e9);
    Lifecycle lifecycle = new Lifecycle(engine);
    // as the OneWindow benches warm both sides: enough calls for the JIT to compile the hot paths
    lifecycle.starts(warmUp, startThreads);
    lifecycle.drive(Math.max(inFlight, warmUp / 10), inFlight);
    say("warmed up (%d starts, %d instances driven)", warmUp, Math.max(inFlight, warmUp / 10));

    List<Object> startRuns = new ArrayList<>();
    List<Object> lifecycleRuns = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      Load.Result s = lifecycle.starts(starts, startThreads);
      startRuns.add(s.toJson());
      Map<String, Object> l = lifecycle.drive(instances, inFlight);
      lifecycleRuns.add(l);
      say("run %d: %.1f starts/s (p50 %.1f ms); lifecycle %.1f instances/s, p50 %.0f ms, step p50 %.1f ms", run,
          s.perSecond(), s.p50(), (double) l.get("perSecond"), (double) l.get("p50"), (double) l.get("stepP50"));
    }

    List<Object> inbox = new ArrayList<>();
    if (!inboxSizes.isBlank()) {
      InboxSeed seed = new InboxSeed(url, user, password);
      Inbox views = new Inbox(engine);
      String template = lifecycle.start();
      for (String size : inboxSizes.split(",")) {
        long open = Long.parseLong(size.trim());
        long s0 = System.nanoTime();
        int added = seed.seedUpTo(template, open);
        double seedSeconds = (System.nanoTime() - s0) / 1e9;
        views.measure(2000);
        List<Object> sizeRuns = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          Map<String, Object> r = views.measure(inboxMs);
          sizeRuns.add(r);
          say("inbox at %,d open, run %d: p50 %.1f ms, p99 %.1f ms (%d requests)", open, run, (double) r.get("p50"),
              (double) r.get("p99"), (int) r.get("requests"));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("open", open);
        entry.put("seeded", added);
        entry.put("seedSeconds", seedSeconds);
        entry.put("runs", sizeRuns);
        inbox.add(entry);
      }
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("flowable", ProcessEngine.VERSION);
    out.put("java", System.getProperty("java.version"));
    out.put("starts", startRuns);
    out.put("lifecycle", lifecycleRuns);
    out.put("inbox", inbox);
    System.out.println(new ObjectMapper().writeValueAsString(out));
    engine.close();
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null) throw new IllegalArgumentException(name + " is not set");
    return value;
  }

  static void say(String format, Object... args) {
    System.err.println("flowable: " + String.format(format, args));
  }
}
