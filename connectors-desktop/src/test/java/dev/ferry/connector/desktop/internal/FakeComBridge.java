package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.ProgIdNotFoundException;
import dev.ferry.connector.desktop.Variant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A COM bridge over in-memory objects that records every call with the thread it came on, so that
 * tests can check argument conversion, VARIANT types, error handling and the apartment thread.
 */
final class FakeComBridge implements ComBridge {
  static final int DISP_E_UNKNOWNNAME = 0x80020006;
  static final int RPC_E_DISCONNECTED = 0x80010108;

  /** One call as the bridge saw it. */
  record Recorded(String thread, String target, String member, Call call, List<Variant> args) {}

  private final Map<String, Supplier<FakeObject>> classes = new HashMap<>();
  final List<Recorded> calls = Collections.synchronizedList(new ArrayList<>());
  final List<String> lifecycle = Collections.synchronizedList(new ArrayList<>());
  final List<String> released = Collections.synchronizedList(new ArrayList<>());

  /** Registers a COM class under a ProgID. */
  FakeComBridge register(String progId, Supplier<FakeObject> factory) {
    classes.put(progId, factory);
    return this;
  }

  @Override
  public void enterApartment() {
    lifecycle.add("enter@" + thread());
  }

  @Override
  public ComObject create(String progId) {
    lifecycle.add("create " + progId + "@" + thread());
    Supplier<FakeObject> factory = classes.get(progId);
    if (factory == null) {
      throw new ProgIdNotFoundException(progId, 0x800401F3, null);
    }
    return factory.get().addReference();
  }

  @Override
  public Variant invoke(ComObject target, String member, Call call, List<Variant> args) {
    FakeObject object = (FakeObject) target;
    calls.add(new Recorded(thread(), object.describe(), member, call, List.copyOf(args)));
    if (object.isReleased()) {
      throw new ComException(
          "HRESULT 0x80010108: The object invoked has disconnected from its clients.",
          RPC_E_DISCONNECTED,
          null,
          null,
          null);
    }
    Variant result = object.invoke(member, call, args);
    if (result.type() == dev.ferry.connector.desktop.VarType.DISPATCH) {
      ((FakeObject) result.object()).addReference();
    }
    return result;
  }

  @Override
  public void release(ComObject object) {
    released.add(object.describe() + "@" + thread());
    ((FakeObject) object).release();
  }

  @Override
  public void leaveApartment() {
    lifecycle.add("leave@" + thread());
  }

  /** The current thread's name and id, which tells two threads of the same name apart. */
  static String thread() {
    Thread thread = Thread.currentThread();
    return thread.getName() + "#" + thread.getId();
  }

  /** The calls of one member, in order. */
  List<Recorded> callsOf(String member) {
    synchronized (calls) {
      return calls.stream().filter(c -> c.member().equals(member)).toList();
    }
  }
}
