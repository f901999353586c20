package dev.ferry.engine.model;

import java.time.Duration;
import java.util.Objects;

/** What starts transactions of a definition when it runs under {@code ferry serve}. */
public sealed interface TriggerSpec {

  /**
   * New mail in a mailbox.
   *
   * @param account the name of a configured mail account
   * @param from a regular expression on the sender, or null
   * @param subject a regular expression on the subject, or null
   * @param attachments a glob on attachment names, such as {@code *.pdf}, or null
   */
  record Mailbox(String account, String folder, String from, String subject, String attachments)
      implements TriggerSpec {
    public Mailbox {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(folder, "folder");
    }
  }

  /**
   * A new file in a folder, once its size has stopped changing for {@code settle}.
   *
   * @param pattern a glob on file names, such as {@code *.pdf}
   */
  record Folder(String path, String pattern, Duration settle) implements TriggerSpec {
    public Folder {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(settle, "settle");
    }
  }

  /**
   * A cron schedule, run by Quartz.
   *
   * @param cron a Quartz cron expression
   * @param timeZone an IANA zone id, such as {@code Europe/Berlin}
   * @param misfire what to do with runs missed while no node was up: {@code run-once} or {@code
   *     skip}
   */
  record Schedule(String cron, String timeZone, String misfire) implements TriggerSpec {
    public Schedule {
      Objects.requireNonNull(cron, "cron");
      Objects.requireNonNull(timeZone, "timeZone");
      Objects.requireNonNull(misfire, "misfire");
    }
  }
}
