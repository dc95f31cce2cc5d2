package onewindow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskQuery;

/**
 * The inbox bench's three views in Flowable's task query, each one page of 25 sorted by due date with its total:
 * the user's candidate group, page 1 and page 3, and the tasks the user has claimed. Twenty users at once, in
 * process (no HTTP, no session, no scope check).
 */
final class Inbox {
  private static final int PER_PAGE = 25;
  private final TaskService tasks;
  private final int[] turn = new int[InboxSeed.USERS];

  Inbox(ProcessEngine engine) {
    tasks = engine.getTaskService();
  }

  private void view(int user) {
    String group = InboxSeed.GROUPS[user % InboxSeed.GROUPS.length];
    int view = (user + turn[user]++) % 3;
    TaskQuery query = view == 2
        ? tasks.createTaskQuery().taskAssignee(InboxSeed.userId(user))
        : tasks.createTaskQuery().taskCandidateGroup(group);
    query.orderByTaskDueDate().asc();
    query.listPage(view == 1 ? 2 * PER_PAGE : 0, PER_PAGE);
    query.count();
  }

  Map<String, Object> measure(long durationMs) throws Exception {
    Load.Result r = Load.timedLoop(durationMs, InboxSeed.USERS, this::view);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("p50", r.p50());
    out.put("p99", r.p99());
    out.put("requests", r.latencies().length);
    return out;
  }
}
