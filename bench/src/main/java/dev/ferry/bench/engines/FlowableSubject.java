package dev.ferry.bench.engines;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;

/**
 * Flowable embedded, running N sequential service tasks with history level audit: its default
 * settings otherwise, and the same connection pool as Ferry's ledger.
 */
final class FlowableSubject implements Subject {
  private final int steps;
  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final AtomicReference<String> last = new AtomicReference<>();

  FlowableSubject(Database database, int steps, String name) {
    this.steps = steps;
    this.dataSource = Pools.hikari(database, "flowable");
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setEngineName(name);
    config.setDataSource(dataSource);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistoryLevel(HistoryLevel.AUDIT);
    config.setAsyncExecutorActivate(false);
    this.engine = config.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addString(
            "count.bpmn20.xml",
            BpmnProcess.xml(steps, "http://flowable.org/bpmn", Increment.class, ""))
        .deploy();
  }

  @Override
  public void runOne() {
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey(BpmnProcess.KEY, Map.of("n", 0L));
    if (!instance.isEnded()) {
      throw new IllegalStateException("Flowable process " + instance.getId() + " did not end");
    }
    last.set(instance.getId());
  }

  @Override
  public void verify() {
    HistoricVariableInstance n =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(last.get())
            .variableName("n")
            .singleResult();
    if (n == null || !Long.valueOf(steps).equals(n.getValue())) {
      throw new IllegalStateException(
          "Flowable process "
              + last.get()
              + " ended with n = "
              + (n == null ? null : n.getValue()));
    }
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }

  /** The service task: n = n + 1. */
  public static final class Increment implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("n", (Long) execution.getVariable("n") + 1);
    }
  }
}
