package dev.ferry.scheduler;

import dev.ferry.engine.ledger.LedgerConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@link FerryNode} runs. Build it with {@link #builder()}; every setting has a documented
 * default and is validated in the builder.
 */
public final class NodeSettings {
  private final int workers;
  private final int queueCapacity;
  private final int httpPort;
  private final Map<String, MailAccount> mailAccounts;
  private final Duration mailboxUnreachableAfter;
  private final Duration pollInterval;
  private final String processedMailFolder;
  private final long maxAttachmentBytes;
  private final Set<String> attachmentTypes;
  private final Duration shutdownGrace;
  private final LedgerConfig clusterDatabase;
  private final String nodeId;

  private NodeSettings(Builder b) {
    this.workers = b.workers;
    this.queueCapacity = b.queueCapacity;
    this.httpPort = b.httpPort;
    this.mailAccounts = Map.copyOf(b.mailAccounts);
    this.mailboxUnreachableAfter = b.mailboxUnreachableAfter;
    this.pollInterval = b.pollInterval;
    this.processedMailFolder = b.processedMailFolder;
    this.maxAttachmentBytes = b.maxAttachmentBytes;
    this.attachmentTypes = Set.copyOf(b.attachmentTypes);
    this.shutdownGrace = b.shutdownGrace;
    this.clusterDatabase = b.clusterDatabase;
    this.nodeId = b.nodeId;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int workers() {
    return workers;
  }

  public int queueCapacity() {
    return queueCapacity;
  }

  /** The health and metrics port; 0 picks a free one, -1 serves no HTTP. */
  public int httpPort() {
    return httpPort;
  }

  public Map<String, MailAccount> mailAccounts() {
    return mailAccounts;
  }

  public Duration mailboxUnreachableAfter() {
    return mailboxUnreachableAfter;
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public String processedMailFolder() {
    return processedMailFolder;
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  /** Media types attachments may have; a type ending in {@code /*} allows the whole family. */
  public Set<String> attachmentTypes() {
    return attachmentTypes;
  }

  public Duration shutdownGrace() {
    return shutdownGrace;
  }

  /** The shared PostgreSQL ledger when this node is one of a cluster; empty for a lone node. */
  public Optional<LedgerConfig> clusterDatabase() {
    return Optional.ofNullable(clusterDatabase);
  }

  /** This node's id in the cluster; never null. */
  public String nodeId() {
    return nodeId;
  }

  /** Builds {@link NodeSettings}. Not thread-safe. */
  public static final class Builder {
    private int workers = 4;
    private int queueCapacity = 100;
    private int httpPort = 8080;
    private final Map<String, MailAccount> mailAccounts = new LinkedHashMap<>();
    private Duration mailboxUnreachableAfter = Duration.ofMinutes(5);
    private Duration pollInterval = Duration.ofSeconds(30);
    private String processedMailFolder = "Processed";
    private long maxAttachmentBytes = 25L * 1024 * 1024;
    private Set<String> attachmentTypes =
        Set.of("application/pdf", "image/*", "text/*", "application/octet-stream");
    private Duration shutdownGrace = Duration.ofSeconds(30);
    private LedgerConfig clusterDatabase;
    private String nodeId = defaultNodeId();

    private Builder() {}

    /** Transactions that run at once. Default: 4. */
    public Builder workers(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("a node needs at least one worker, not " + workers);
      }
      this.workers = workers;
      return this;
    }

    /** Work items that may wait for a worker before triggers are held back. Default: 100. */
    public Builder queueCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("the queue capacity must be positive, not " + capacity);
      }
      this.queueCapacity = capacity;
      return this;
    }

    /** Default: 8080. 0 picks a free port, -1 turns HTTP off. */
    public Builder httpPort(int port) {
      if (port < -1 || port > 65535) {
        throw new IllegalArgumentException("HTTP port " + port + " is not between -1 and 65535");
      }
      this.httpPort = port;
      return this;
    }

    /** Adds a mail account that mailbox triggers name. Default: none. */
    public Builder mailAccount(String name, MailAccount account) {
      Objects.requireNonNull(name, "name");
      mailAccounts.put(name, Objects.requireNonNull(account, "account"));
      return this;
    }

    /** How long a mailbox may be unreachable before health turns red. Default: 5 minutes. */
    public Builder mailboxUnreachableAfter(Duration after) {
      this.mailboxUnreachableAfter = positive(after, "mailboxUnreachableAfter");
      return this;
    }

    /**
     * How often mailboxes are checked when IDLE is unavailable (and IDLE is renewed), and how long
     * a trigger waits before reconnecting. Default: 30 seconds.
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /** Where mail goes after its transaction succeeded. Default: {@code Processed}. */
    public Builder processedMailFolder(String folder) {
      if (folder == null || folder.isBlank()) {
        throw new IllegalArgumentException("the processed mail folder needs a name");
      }
      this.processedMailFolder = folder;
      return this;
    }

    /** The largest attachment taken; larger ones are refused. Default: 25 MiB. */
    public Builder maxAttachmentBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the attachment size limit must be positive");
      }
      this.maxAttachmentBytes = bytes;
      return this;
    }

    /** Default: PDF, images, text and application/octet-stream. */
    public Builder attachmentTypes(Set<String> types) {
      this.attachmentTypes = Set.copyOf(types);
      return this;
    }

    /** How long shutdown waits for running transactions. Default: 30 seconds. */
    public Builder shutdownGrace(Duration grace) {
      this.shutdownGrace = positive(grace, "shutdownGrace");
      return this;
    }

    /**
     * Makes this node one of a cluster on the shared PostgreSQL ledger: transactions run as Quartz
     * jobs that any node can take, and another node recovers them when this one dies. Default: a
     * lone node.
     *
     * @param database the ledger's PostgreSQL database, the same for every node
     * @param nodeId unique in the cluster; two live nodes with one id break recovery. Null keeps
     *     the default, {@code <host name>-<process id>}
     */
    public Builder cluster(LedgerConfig database, String nodeId) {
      Objects.requireNonNull(database, "database");
      if (!database.isPostgres()) {
        throw new IllegalArgumentException(
            "a cluster needs the ledger on PostgreSQL, not "
                + database.jdbcUrl()
                + "; set FERRY_DB_URL to a jdbc:postgresql:// URL or run a single node");
      }
      if (nodeId != null && (nodeId.isBlank() || nodeId.length() > 80)) {
        throw new IllegalArgumentException(
            "the node id must be 1 to 80 characters, unique in the cluster; got '" + nodeId + "'");
      }
      this.clusterDatabase = database;
      if (nodeId != null) {
        this.nodeId = nodeId;
      }
      return this;
    }

    private static String defaultNodeId() {
      try {
        return java.net.InetAddress.getLocalHost().getHostName()
            + "-"
            + ProcessHandle.current().pid();
      } catch (java.net.UnknownHostException e) {
        return "node-" + ProcessHandle.current().pid();
      }
    }

    public NodeSettings build() {
      return new NodeSettings(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
      return d;
    }
  }
}
