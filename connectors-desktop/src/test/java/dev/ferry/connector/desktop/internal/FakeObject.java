package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.ComBridge.Call;
import dev.ferry.connector.desktop.ComException;
import dev.ferry.connector.desktop.ComObject;
import dev.ferry.connector.desktop.Variant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An automation object of the fake bridge: named members answering calls. */
final class FakeObject implements ComObject {
  private final String description;
  private final Map<String, Function<List<Variant>, Variant>> members = new HashMap<>();
  // Like COM, every reference handed out counts, and the object dies when all are released.
  private final java.util.concurrent.atomic.AtomicInteger references =
      new java.util.concurrent.atomic.AtomicInteger();

  FakeObject(String description) {
    this.description = description;
  }

  /** Answers a member, whatever the call type. */
  FakeObject on(String member, Function<List<Variant>, Variant> answer) {
    members.put(member, answer);
    return this;
  }

  /** Answers a call of one type only, such as a property PUT. */
  FakeObject on(Call call, String member, Function<List<Variant>, Variant> answer) {
    members.put(call + " " + member, answer);
    return this;
  }

  /** A property that can be read and written. */
  FakeObject property(String member, Variant initial) {
    Variant[] value = {initial};
    on(Call.GET, member, args -> value[0]);
    on(
        Call.PUT,
        member,
        args -> {
          value[0] = args.get(args.size() - 1);
          return Variant.EMPTY;
        });
    return this;
  }

  Variant invoke(String member, Call call, List<Variant> args) {
    Function<List<Variant>, Variant> answer = members.get(call + " " + member);
    if (answer == null) {
      answer = members.get(member);
    }
    if (answer == null) {
      throw new ComException(
          "HRESULT 0x80020006: Unknown name.",
          FakeComBridge.DISP_E_UNKNOWNNAME,
          null,
          "Unknown name.",
          null);
    }
    return answer.apply(args);
  }

  FakeObject addReference() {
    references.incrementAndGet();
    return this;
  }

  void release() {
    references.decrementAndGet();
  }

  boolean isReleased() {
    return references.get() <= 0;
  }

  @Override
  public String describe() {
    return description;
  }
}
