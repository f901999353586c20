package dev.ferry.definition.internal;

import dev.ferry.engine.model.TriggerSpec;
import java.nio.file.FileSystems;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code trigger:}: exactly one of {@code mailbox:}, {@code folder:} or {@code schedule:}.
 */
public final class TriggerReader {
  public static final List<String> KINDS = LanguageDocs.keys(LanguageDocs.TRIGGER);
  public static final List<String> MAILBOX_KEYS = LanguageDocs.keys(LanguageDocs.MAILBOX);
  public static final List<String> FOLDER_KEYS = LanguageDocs.keys(LanguageDocs.FOLDER);
  public static final List<String> SCHEDULE_KEYS = LanguageDocs.keys(LanguageDocs.SCHEDULE);
  public static final List<String> MISFIRE = List.of("run-once", "skip");

  private final Problems problems;

  public TriggerReader(Problems problems) {
    this.problems = problems;
  }

  public TriggerSpec read(Node node) {
    Fields fields = Fields.of(node, "trigger:", problems);
    fields.rejectUnknown(KINDS, "trigger:");
    List<String> given = KINDS.stream().filter(fields::has).toList();
    if (given.size() != 1) {
      problems.add(
          node,
          given.isEmpty()
              ? "trigger: needs one of mailbox:, folder: or schedule:"
              : "trigger: has "
                  + String.join(" and ", given)
                  + "; a process has one trigger, so keep one");
      return null;
    }
    String kind = given.get(0);
    Node value = fields.value(kind);
    Fields body = Fields.of(value, "trigger " + kind + ":", problems);
    return switch (kind) {
      case "mailbox" -> mailbox(body, value);
      case "folder" -> folder(body, value);
      default -> schedule(body, value);
    };
  }

  private TriggerSpec mailbox(Fields f, Node node) {
    f.rejectUnknown(MAILBOX_KEYS, "trigger mailbox:");
    int before = problems.count();
    String account = required(f, "account", node, "trigger mailbox:");
    String folder = optional(f, "folder", "INBOX");
    String from = regex(f, "from");
    String subject = regex(f, "subject");
    String attachments = glob(f, "attachments");
    return account == null || folder == null || problems.count() > before
        ? null
        : new TriggerSpec.Mailbox(account, folder, from, subject, attachments);
  }

  private TriggerSpec folder(Fields f, Node node) {
    f.rejectUnknown(FOLDER_KEYS, "trigger folder:");
    String path = required(f, "path", node, "trigger folder:");
    String pattern = f.has("pattern") ? glob(f, "pattern") : "*";
    Duration settle =
        f.has("settle")
            ? Scalars.duration(f.value("settle"), "'settle' of trigger folder:", problems)
            : Duration.ofSeconds(2);
    return path == null || pattern == null || settle == null
        ? null
        : new TriggerSpec.Folder(path, pattern, settle);
  }

  private TriggerSpec schedule(Fields f, Node node) {
    f.rejectUnknown(SCHEDULE_KEYS, "trigger schedule:");
    String cron = required(f, "cron", node, "trigger schedule:");
    if (cron != null) {
      var error = CronSyntax.check(cron);
      if (error.isPresent()) {
        problems.add(f.value("cron"), "'cron' of trigger schedule: " + error.get());
        cron = null;
      }
    }
    String zone = optional(f, "time-zone", "UTC");
    if (zone != null && f.has("time-zone")) {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        problems.add(
            f.value("time-zone"),
            "unknown time zone '" + zone + "'; use an IANA zone id such as Europe/Berlin or UTC");
        zone = null;
      }
    }
    String misfire = optional(f, "misfire", "run-once");
    if (misfire != null && !MISFIRE.contains(misfire)) {
      problems.add(f.value("misfire"), "'misfire' must be run-once or skip, not '" + misfire + "'");
      misfire = null;
    }
    return cron == null || zone == null || misfire == null
        ? null
        : new TriggerSpec.Schedule(cron, zone, misfire);
  }

  private String required(Fields f, String key, Node node, String what) {
    if (!f.has(key)) {
      problems.add(node, what + " needs '" + key + "'");
      return null;
    }
    return Scalars.text(f.value(key), "'" + key + "' of " + what, problems);
  }

  private String optional(Fields f, String key, String fallback) {
    return f.has(key) ? Scalars.text(f.value(key), "'" + key + "'", problems) : fallback;
  }

  private String regex(Fields f, String key) {
    if (!f.has(key)) {
      return null;
    }
    String text = Scalars.text(f.value(key), "'" + key + "'", problems);
    if (text == null) {
      return null;
    }
    try {
      Pattern.compile(text);
      return text;
    } catch (PatternSyntaxException e) {
      problems.add(
          f.value(key),
          "'"
              + key
              + "' is not a valid regular expression: "
              + e.getDescription()
              + " near character "
              + (e.getIndex() + 1));
      return null;
    }
  }

  private String glob(Fields f, String key) {
    if (!f.has(key)) {
      return null;
    }
    String text = Scalars.text(f.value(key), "'" + key + "'", problems);
    if (text == null) {
      return null;
    }
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + text);
      return text;
    } catch (PatternSyntaxException e) {
      problems.add(
          f.value(key),
          "'" + key + "' is not a valid file pattern: " + e.getDescription() + "; use e.g. *.pdf");
      return null;
    }
  }
}
