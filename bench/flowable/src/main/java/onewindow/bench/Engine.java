package onewindow.bench;

import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;

/** Flowable embedded as its documentation sets it up: standalone, its own schema, the async executor running. */
final class Engine {
  static final String PROCESS_KEY = "bench_three_tasks";
  static final String ACCEPTING_DEPARTMENT = "WINDOW";

  private Engine() {}

  static ProcessEngine start(String jdbcUrl, String user, String password, int poolSize) {
    ProcessEngineConfiguration cfg = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    cfg.setJdbcUrl(jdbcUrl);
    cfg.setJdbcDriver("org.postgresql.Driver");
    cfg.setJdbcUsername(user);
    cfg.setJdbcPassword(password);
    // enough connections for the 16 instances in flight and the async executor (the default is 10)
    cfg.setJdbcMaxActiveConnections(poolSize);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // the P30D timers are jobs the async executor would fire: a live engine runs it
    cfg.setAsyncExecutorActivate(true);
    ProcessEngine engine = cfg.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("three-tasks.bpmn20.xml").deploy();
    return engine;
  }

  /** What a matter carries into its workflow at intake, as process variables. */
  static Map<String, Object> intakeVariables(int seed) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("acceptingDepartment", ACCEPTING_DEPARTMENT);
    vars.put("leadDepartment", "MINZHENG");
    vars.put("itemCode", "BENCH-3");
    vars.put("applicantName", "张三");
    vars.put("promisedDays", 10);
    vars.put("receiptNo", String.format("FL%09d", seed));
    return vars;
  }
}
