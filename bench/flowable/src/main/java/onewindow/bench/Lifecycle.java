package onewindow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/** Start rate, and the lifecycle bench's moves: find the instance's open task, claim it, complete it, three times. */
final class Lifecycle {
  private static final int STEPS = 3;
  private static final String[] ACTORS = {"clerk", "minzheng", "minzheng"};
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final AtomicInteger seed = new AtomicInteger(1);

  Lifecycle(ProcessEngine engine) {
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    history = engine.getHistoryService();
  }

  String start() {
    int s = seed.getAndIncrement();
    return runtime
        .startProcessInstanceByKey(Engine.PROCESS_KEY, "FL" + s, Engine.intakeVariables(s))
        .getProcessInstanceId();
  }

  Load.Result starts(int count, int threads) throws Exception {
    return Load.closedLoop(count, threads, (i) -> start());
  }

  /** Instances started beforehand (not timed), driven to their end `inFlight` at a time; each claim and complete timed. */
  Map<String, Object> drive(int instances, int inFlight) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < instances; i++) ids.add(start());
    double[] claims = new double[instances * STEPS];
    double[] completes = new double[instances * STEPS];
    Load.Result run = Load.closedLoop(instances, inFlight, (i) -> {
      String id = ids.get(i);
      for (int step = 0; step < STEPS; step++) {
        Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
        if (task == null) throw new IllegalStateException("instance " + id + " has no open task at step " + (step + 1));
        long t0 = System.nanoTime();
        tasks.claim(task.getId(), ACTORS[step]);
        long t1 = System.nanoTime();
        tasks.complete(task.getId(), Map.of("decision", "complete", "comment", "同意"));
        long t2 = System.nanoTime();
        claims[i * STEPS + step] = (t1 - t0) / 1e6;
        completes[i * STEPS + step] = (t2 - t1) / 1e6;
      }
    });
    long finished = history
        .createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(ids))
        .finished()
        .count();
    if (finished != instances)
      throw new IllegalStateException(finished + " of " + instances + " instances finished after their last step");
    Map<String, Object> out = new LinkedHashMap<>(run.toJson());
    out.put("claimP50", Load.percentile(claims, 50));
    out.put("claimP99", Load.percentile(claims, 99));
    out.put("completeP50", Load.percentile(completes, 50));
    out.put("completeP99", Load.percentile(completes, 99));
    double[] steps = Arrays.copyOf(claims, claims.length * 2);
    System.arraycopy(completes, 0, steps, claims.length, completes.length);
    out.put("stepP50", Load.percentile(steps, 50));
    return out;
  }
}
