package dev.ferry.definition.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of the process language with their help text, in the order documentation shows them. The
 * readers accept exactly these keys, and the JSON Schema and the YAML reference are generated from
 * them, so the three cannot drift apart.
 */
public final class LanguageDocs {
  private LanguageDocs() {}

  public static final Map<String, String> TOP =
      ordered(
          "process", "The process name: lower-case words joined by '-', such as invoice-intake.",
          "version",
              "The definition's version, a whole number from 1. Every transaction is pinned to the version it started with.",
          "description", "What the process does, in one or two sentences.",
          "inputs",
              "The values the process is started with, by name: 'name: decimal' or 'name: {type, required, default, sensitive, description}'.",
          "applications",
              "The applications the process works in, by name, each reached through a connector.",
          "steps", "The steps to run, in order.",
          "trigger",
              "What starts the process under 'ferry serve': one of mailbox, folder or schedule.",
          "priority",
              "How soon its work items run when they wait for a worker: a whole number, higher first; default 0.",
          "deadline",
              "How long after a work item arrives its transaction should have ended, such as 4h or 2d. Waiting work with a deadline is taken first: by priority, then the earliest deadline. None unless given.",
          "on-failure",
              "What to do when a transaction fails: 'business:' steps after a rule violation; 'system:' retry policy and steps after a technical failure.");

  public static final Map<String, String> INPUT =
      ordered(
          "type",
              "One of text, decimal, integer, boolean, date, datetime, list, map, document, any.",
          "required", "Whether the input must be given; true unless a default is given.",
          "default", "The value used when the input is not given.",
          "sensitive", "Redact the value in the ledger, logs and exports.",
          "description", "What the input is, for the person who starts the process.");

  public static final Map<String, String> APPLICATION =
      ordered(
          "connector", "The connector that reaches the application, such as web or tn5250.",
          "credentials",
              "The name of the secret holding the user name and password (secrets <name>.username and <name>.password).",
          "max-sessions", "How many sessions to the application may be open at once; default 1.",
          "rate-limit", "At most so many actions per period, such as 10/s, 100/min or 5/30s.",
          "retry", "The retry policy for system failures of this application's steps.");

  public static final Map<String, String> RETRY =
      ordered(
          "attempts", "The total number of attempts, the first included; default 3.",
          "backoff",
              "The wait before the second attempt, doubled before each later one (with jitter); default 1s.",
          "max-backoff", "The longest wait between two attempts; default 5m.");

  public static final Map<String, String> STEP =
      ordered(
          "id", "The step's id, unique in the definition; generated (such as log-1) when left out.",
          "if", "Run the step only when this expression is true, such as 'invoice.total > 0'.",
          "app",
              "The application the action runs in; needed when the action's connector needs settings.",
          "action", "The action to run, such as web.click or csv.read.",
          "with",
              "The action's inputs (or a called process's inputs); text may contain ${...} expressions.",
          "save-as",
              "The variable that stores the action's output (or a called process's variables).",
          "for-each", "Run 'steps' once for each item of this list expression.",
          "as", "The variable holding the current item inside a for-each; default item.",
          "steps", "The steps of a for-each loop, or of a group when there is no for-each.",
          "call", "Run another process: 'call: name' or 'call: {process, with}'.",
          "fail", "Fail the transaction on purpose: {kind: business|system, code, message}.",
          "retry", "The retry policy for this step's system failures.",
          "timeout", "How long the step may take, such as 30s or 5m.",
          "idempotent",
              "Whether running the step twice is harmless; overrides the action's own declaration.",
          "verify",
              "A read-back telling whether an interrupted step took effect; inputs of the connector's check action.",
          "expect",
              "A check run after the step that fails it when false; inputs of the connector's check action.");

  public static final Map<String, String> FAIL =
      ordered(
          "kind",
              "business (a rule violation, never retried) or system (a technical failure); default business.",
          "code", "A stable upper-case code such as NO_TOTAL.",
          "message", "A sentence for the person who reviews the case; may contain ${...}.");

  public static final Map<String, String> CALL =
      ordered(
          "process", "The name of the process to run.",
          "with", "The called process's inputs.");

  public static final Map<String, String> MAILBOX =
      ordered(
          "account", "The name of a configured mail account.",
          "folder", "The folder to watch; default INBOX.",
          "from", "A regular expression the sender must match.",
          "subject", "A regular expression the subject must match.",
          "attachments", "A file pattern attachments must match, such as *.pdf.");

  public static final Map<String, String> FOLDER =
      ordered(
          "path", "The folder to watch.",
          "pattern", "A file pattern new files must match; default *.",
          "settle", "How long a file's size must stay unchanged before it is taken; default 2s.");

  public static final Map<String, String> SCHEDULE =
      ordered(
          "cron",
              "A Quartz cron expression: seconds minutes hours day-of-month month day-of-week [year], such as '0 0 6 ? * MON-FRI'.",
          "time-zone", "An IANA time zone such as Europe/Berlin; default UTC.",
          "misfire",
              "What to do with runs missed while no node was up: run-once or skip; default run-once.");

  public static final Map<String, String> TRIGGER =
      ordered(
          "mailbox", "Start a transaction for each new mail in a mailbox.",
          "folder", "Start a transaction for each new file in a folder.",
          "schedule", "Start a transaction on a cron schedule.");

  public static final Map<String, String> ON_FAILURE =
      ordered(
          "business", "Steps run after a business failure, such as replying to the sender.",
          "system",
              "{retry, steps}: the process-wide retry policy for system failures, and steps run when retries run out.");

  public static final Map<String, String> SYSTEM_HANDLER =
      ordered(
          "retry", "The retry policy for system failures of every step without its own.",
          "steps", "Steps run after a system failure that exhausted its retries.");

  public static final Map<String, String> VARIABLES =
      ordered(
          "<input>", "Each declared input, by name.",
          "<save-as>",
              "The output of each earlier step with save-as, and each variable set by an earlier 'set' action.",
          "<as>", "Inside a for-each, the current item (default item).",
          "trigger", "What started the transaction: the mail, the file or the schedule tick.",
          "config", "Operator configuration values, such as config.portal.url.",
          "env", "Environment variables, such as env.HOME.",
          "transaction", "The transaction's id and business key.",
          "error", "Inside on-failure handlers only: the failure's kind, code and message.");

  public static List<String> keys(Map<String, String> docs) {
    return List.copyOf(docs.keySet());
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
