package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.DesktopException;
import dev.ferry.connector.desktop.VarType;
import dev.ferry.connector.desktop.Variant;
import dev.ferry.engine.spi.BusinessException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The COM half of a desktop session: its apartment thread, the objects it holds under handle names,
 * and a journal of the calls made, which becomes each step's CALLS evidence.
 */
public final class ComSession implements AutoCloseable {
  private final ComBridge bridge;
  private final ApartmentThread apartment;
  private final Duration timeout;
  private final Map<String, ComObject> objects = new LinkedHashMap<>();
  private final List<ComObject> quitOnClose = new ArrayList<>();
  private final List<String> journal = new ArrayList<>();

  ComSession(ComBridge bridge, String threadName, Duration timeout) {
    this.bridge = bridge;
    this.timeout = timeout;
    this.apartment = new ApartmentThread(threadName, bridge);
    try {
      apartment.start(timeout);
    } catch (RuntimeException e) {
      apartment.close();
      throw e;
    }
  }

  public ComObject create(String progId) {
    ComObject object =
        apartment.run(() -> bridge.create(progId), timeout, "creating COM object " + progId);
    journal.add("create " + progId + " -> <" + object.describe() + ">");
    return object;
  }

  public Variant invoke(ComObject target, String member, Call call, List<ComArg> args) {
    return invoke(target, member, call, args, Duration.ZERO);
  }

  /**
   * Invokes a member on the apartment thread.
   *
   * @param extra time the member itself is expected to block, such as a wait's own timeout
   */
  public Variant invoke(
      ComObject target, String member, Call call, List<ComArg> args, Duration extra) {
    String shown = show(target, member, call, args);
    List<Variant> variants = args.stream().map(ComArg::variant).toList();
    try {
      Variant result =
          apartment.run(
              () -> bridge.invoke(target, member, call, variants), timeout.plus(extra), shown);
      journal.add(
          call == Call.PUT ? shown : shown + " -> " + (result == null ? "null" : render(result)));
      if (result == null) {
        throw new DesktopException(shown + " returned no result from the COM bridge");
      }
      return result;
    } catch (ComException e) {
      journal.add(shown + " -> FAILED " + e.hresultHex());
      throw e.inCall(shown);
    }
  }

  /**
   * Invokes a dotted member path such as {@code Workbooks.Open}: every segment but the last is a
   * property read; the objects read on the way are released afterwards.
   */
  public Variant invokePath(ComObject root, String path, Call call, List<ComArg> args) {
    String[] segments = path.split("\\.");
    List<ComObject> intermediates = new ArrayList<>();
    try {
      ComObject target = root;
      for (int i = 0; i < segments.length - 1; i++) {
        Variant next = invoke(target, segments[i], Call.GET, List.of());
        if (next.type() != VarType.DISPATCH) {
          throw new BusinessException(
              "NOT_A_COM_OBJECT",
              "'"
                  + segments[i]
                  + "' in '"
                  + path
                  + "' is "
                  + render(next)
                  + ", not an object, so '"
                  + segments[i + 1]
                  + "' cannot be reached through it");
        }
        target = next.object();
        intermediates.add(target);
      }
      return invoke(target, segments[segments.length - 1], call, args);
    } finally {
      intermediates.forEach(this::release);
    }
  }

  public void release(ComObject object) {
    if (apartment.isStuck()) {
      return;
    }
    apartment.run(
        () -> {
          bridge.release(object);
          return null;
        },
        timeout,
        "releasing " + object.describe());
  }

  /** Keeps an object under a handle name, releasing the one that name held before. */
  public void register(String name, ComObject object) {
    ComObject previous = objects.put(name, object);
    if (previous != null && previous != object) {
      release(previous);
    }
  }

  /**
   * @throws BusinessException when the session holds no object under that name
   */
  public ComObject lookup(String name) {
    ComObject object = objects.get(name);
    if (object == null) {
      throw new BusinessException(
          "UNKNOWN_COM_OBJECT",
          "this session holds no COM object named '"
              + name
              + "'"
              + (objects.isEmpty()
                  ? ""
                  : " (it holds: " + String.join(", ", objects.keySet()) + ")")
              + ". Create or open it in an earlier step of the same application, with as: "
              + name);
    }
    return object;
  }

  /** The object under a name, or null. */
  public ComObject find(String name) {
    return objects.get(name);
  }

  /** Releases and forgets the object under a name; does nothing when there is none. */
  public void forget(String name) {
    ComObject object = objects.remove(name);
    if (object != null && !objects.containsValue(object)) {
      release(object);
    }
  }

  /** Calls {@code Quit()} on an application object when the session closes, such as Excel. */
  public void quitOnClose(ComObject application) {
    quitOnClose.add(application);
  }

  /** The calls made since the last drain, one per line, secrets masked. */
  public String drainJournal() {
    String text = String.join("\n", journal);
    journal.clear();
    return text;
  }

  public boolean isHealthy() {
    return !apartment.isStuck();
  }

  @Override
  public void close() {
    if (!apartment.isStuck()) {
      for (ComObject application : quitOnClose) {
        try {
          apartment.run(
              () -> bridge.invoke(application, "Quit", Call.METHOD, List.of()),
              timeout,
              "quitting " + application.describe());
        } catch (RuntimeException e) {
          // The program may already be gone; closing must go on and must not throw.
        }
      }
      for (ComObject object : new ArrayList<>(objects.values())) {
        try {
          release(object);
        } catch (RuntimeException e) {
          // Same: release what can be released.
        }
      }
    }
    objects.clear();
    quitOnClose.clear();
    apartment.close();
  }

  /** Reads a property that holds an object, such as a workbook's Worksheets. */
  public ComObject getObject(ComObject target, String member, List<ComArg> args) {
    return asObject(invoke(target, member, Call.GET, args), target, member);
  }

  /** Reads a property as text, such as a worksheet's Name. */
  public String getText(ComObject target, String member) {
    return String.valueOf(VariantMapping.toJava(invoke(target, member, Call.GET, List.of())));
  }

  /**
   * @throws DesktopException when a member returned something other than an object
   */
  static ComObject asObject(Variant value, ComObject target, String member) {
    if (value.type() != VarType.DISPATCH) {
      throw new DesktopException(
          target.describe()
              + "."
              + member
              + " returned "
              + render(value)
              + " where an object was expected");
    }
    return value.object();
  }

  static String render(Variant v) {
    return VariantMapping.render(v);
  }

  private static String show(ComObject target, String member, Call call, List<ComArg> args) {
    String name = target.describe() + "." + member;
    if (call == Call.PUT) {
      List<ComArg> index = args.subList(0, Math.max(0, args.size() - 1));
      String value = args.isEmpty() ? "" : args.get(args.size() - 1).shown();
      return name + list(index, false) + " = " + value;
    }
    return name + list(args, call == Call.METHOD);
  }

  private static String list(List<ComArg> args, boolean always) {
    if (args.isEmpty() && !always) {
      return "";
    }
    return args.stream().map(ComArg::shown).collect(Collectors.joining(", ", "(", ")"));
  }
}
