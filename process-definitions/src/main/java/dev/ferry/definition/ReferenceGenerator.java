package dev.ferry.definition;

import dev.ferry.definition.internal.LanguageDocs;
import dev.ferry.definition.internal.ParamInfo;
import dev.ferry.definition.internal.TypeNames;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.spi.Action;
import dev.ferry.engine.spi.Connector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates the Markdown reference of the process language and of the actions of every connector in
 * a registry, from the same model the loader and the JSON Schema use, so the documentation cannot
 * drift from what the loader accepts. The output is stable for a given registry.
 */
public final class ReferenceGenerator {
  private static final String RULES =
      """
      ## How definitions are read

      - YAML is plain data: tags (`!!python/...`, `!java...`) are rejected, at most 20 aliases \
      (`*name`) per file, at most 40 levels of nesting and 1,000,000 characters.
      - Values are read from their text, never as floating point: `12.50` is an exact decimal, \
      `3` a whole number, `true`/`false` booleans, `~`/`null`/empty nothing. Quoted values stay \
      text, and so do YAML 1.1 look-alikes such as `yes`, `NO` or `0x1F` (an input declared \
      boolean still accepts `yes` and `no`). A value given to a text \
      input keeps its exact spelling (`007` stays `007`).
      - A single value given where a list is expected counts as a one-item list \
      (`to: ap@example.com`).
      - Every problem is reported at once, with its file, line and column.
      - A step without `id:` gets one made from its kind and a number (`log-1`, `http-request-2`, \
      `for-each-1`, `group-1`, `call-1`, `fail-1`), unique in the file.
      - Variables are checked by name, in file order: a variable saved inside an `if:` step, a \
      group or a loop is known after it; a loop's `as:` variable only inside the loop; `error` \
      only inside `on-failure:`. Variable, input and `save-as` names use letters, digits and \
      `_`, because `a-b` reads as a subtraction.
      - An action without `app:` runs in the one connector that offers it, provided that \
      connector needs no settings; otherwise name an application.
      - `retry:` defaults: 3 attempts, 1s backoff, 5m longest backoff. `max-sessions` defaults \
      to 1. A `trigger: schedule:` cron needs `?` in exactly one of day-of-month and \
      day-of-week, as in Quartz.

      """;

  private final ConnectorRegistry registry;

  /**
   * @param registry the connectors to document; never null
   */
  public ReferenceGenerator(ConnectorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The reference as Markdown, ending with a newline. */
  public String generate() {
    StringBuilder md = new StringBuilder();
    md.append("# Ferry process definitions: YAML reference\n\n")
        .append("Generated from the loader's model by `ferry reference`; do not edit by hand.\n")
        .append("Keys are kebab-case. Text values may contain `${...}` expressions (write `$${`")
        .append(" for a literal `${`); `if:` and `for-each:` take a bare expression. Decimal")
        .append(" numbers such as `12.50` are exact decimals, never floating point.\n\n");
    section(md, "Top-level keys", LanguageDocs.TOP);
    section(md, "Inputs (`inputs: name: {...}`)", LanguageDocs.INPUT);
    section(md, "Applications (`applications: name: {...}`)", LanguageDocs.APPLICATION);
    md.append("Every other key of an application is a setting of its connector (see below).\n\n");
    section(md, "Steps", LanguageDocs.STEP);
    md.append("A step is exactly one of: an action (`action:`), a loop (`for-each:` + `steps:`),")
        .append(" a group (`steps:`), a sub-process (`call:`) or a failure (`fail:`).\n\n");
    section(md, "`fail:`", LanguageDocs.FAIL);
    section(md, "`call:`", LanguageDocs.CALL);
    section(md, "`retry:`", LanguageDocs.RETRY);
    section(md, "`trigger:` (exactly one kind)", LanguageDocs.TRIGGER);
    section(md, "`trigger: mailbox:`", LanguageDocs.MAILBOX);
    section(md, "`trigger: folder:`", LanguageDocs.FOLDER);
    section(md, "`trigger: schedule:`", LanguageDocs.SCHEDULE);
    section(md, "`on-failure:`", LanguageDocs.ON_FAILURE);
    section(md, "`on-failure: system:`", LanguageDocs.SYSTEM_HANDLER);
    section(md, "Variables an expression may read", LanguageDocs.VARIABLES);
    md.append(RULES);
    md.append("## Connectors and actions\n\n");
    List<Connector<?>> connectors = new ArrayList<>(registry.connectors());
    connectors.sort(Comparator.comparing(Connector::id));
    for (Connector<?> connector : connectors) {
      connector(md, connector);
    }
    return md.toString();
  }

  private static void connector(StringBuilder md, Connector<?> connector) {
    md.append("### Connector `").append(connector.id()).append("`\n\n");
    md.append(cell(connector.description())).append("\n\n");
    List<ParamInfo> config = ParamInfo.of(connector.configType());
    if (config.isEmpty()) {
      md.append("No settings.\n\n");
    } else {
      md.append("Settings:\n\n");
      params(md, config);
    }
    if (connector.checkAction() != null) {
      md.append("`expect:` and `verify:` use `").append(connector.checkAction()).append("`.\n\n");
    }
    List<Action<?, ?>> actions = new ArrayList<>(connector.actions());
    actions.sort(Comparator.comparing(Action::name));
    for (Action<?, ?> action : actions) {
      md.append("#### `").append(action.name()).append("`\n\n");
      md.append(cell(action.description()));
      md.append(action.idempotent() ? " Idempotent." : "");
      if (action.unavailableReason() != null) {
        md.append(" Unavailable here: ").append(cell(action.unavailableReason())).append('.');
      }
      md.append("\n\n");
      List<ParamInfo> inputs = ParamInfo.of(action.inputType());
      if (inputs.isEmpty()) {
        md.append("No inputs.\n\n");
      } else {
        params(md, inputs);
      }
      List<ParamInfo> outputs = ParamInfo.of(action.outputType());
      if (!outputs.isEmpty()) {
        md.append("Output (with `save-as: x`, read as `x.<name>`): ");
        md.append(
            String.join(
                ", ",
                outputs.stream()
                    .map(p -> "`" + p.name() + "` (" + TypeNames.of(p.type()) + ")")
                    .toList()));
        md.append("\n\n");
      }
    }
  }

  private static void params(StringBuilder md, List<ParamInfo> params) {
    md.append("| key | type | required | description |\n|---|---|---|---|\n");
    for (ParamInfo p : params) {
      String required =
          p.required()
              ? "yes"
              : p.defaultValue().isEmpty() ? "no" : "no (default `" + p.defaultValue() + "`)";
      md.append("| `")
          .append(p.key())
          .append("` | ")
          .append(cell(TypeNames.of(p.type())))
          .append(" | ")
          .append(required)
          .append(" | ")
          .append(cell(p.help()))
          .append(p.sensitive() ? " Sensitive: redacted everywhere." : "")
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void section(StringBuilder md, String title, Map<String, String> docs) {
    md.append("## ").append(title).append("\n\n| key | description |\n|---|---|\n");
    docs.forEach(
        (key, help) ->
            md.append("| `").append(key).append("` | ").append(cell(help)).append(" |\n"));
    md.append('\n');
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
