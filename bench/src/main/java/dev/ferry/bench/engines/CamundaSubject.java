package dev.ferry.bench.engines;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Camunda 7 embedded, running N sequential service tasks with history level audit: its default
 * settings otherwise, and the same connection pool as Ferry's ledger.
 */
final class CamundaSubject implements Subject {
  private final int steps;
  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final AtomicReference<String> last = new AtomicReference<>();

  CamundaSubject(Database database, int steps, String name) {
    this.steps = steps;
    this.dataSource = Pools.hikari(database, "camunda");
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName(name);
    config.setDataSource(dataSource);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    config.setJobExecutorActivate(false);
    this.engine = config.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addString(
            "count.bpmn",
            BpmnProcess.xml(
                steps,
                "http://camunda.org/schema/1.0/bpmn",
                Increment.class,
                "x:historyTimeToLive=\"P1D\""))
        .deploy();
  }

  @Override
  public void runOne() {
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey(BpmnProcess.KEY, Map.of("n", 0L));
    if (!instance.isEnded()) {
      throw new IllegalStateException("Camunda process " + instance.getId() + " did not end");
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
          "Camunda process " + last.get() + " ended with n = " + (n == null ? null : n.getValue()));
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
