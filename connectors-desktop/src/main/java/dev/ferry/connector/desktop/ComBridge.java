package dev.ferry.connector.desktop;

import java.util.List;

/**
 * Late-bound COM automation ({@code IDispatch}) behind one small interface, so that the actions do
 * not depend on JNA or JACOB and can be tested anywhere.
 *
 * <p>Threading: a session creates one bridge and calls it only from its own single-threaded
 * apartment (STA) thread. {@link #enterApartment()} is the first call on that thread and {@link
 * #leaveApartment()} the last; every other call happens between them on the same thread.
 * Implementations need not be thread-safe.
 *
 * <p>Failures: every method throws {@link ComException} with the HRESULT and the description the
 * COM server gave, and {@link ProgIdNotFoundException} when a ProgID is not registered.
 */
public interface ComBridge {

  /** How a member is invoked, as in {@code IDispatch::Invoke}'s flags. */
  enum Call {
    METHOD,
    GET,
    PUT
  }

  /** Initialises COM on the current thread as a single-threaded apartment. */
  void enterApartment();

  /**
   * Creates an object from its ProgID, such as {@code Excel.Application}.
   *
   * @return never null
   */
  ComObject create(String progId);

  /**
   * Invokes a member by name.
   *
   * @param target an object this bridge returned and has not released
   * @param member the method or property name, such as {@code Open} or {@code Value}
   * @param call how to invoke it; for PUT the last argument is the new value
   * @param args in the order the member declares them; never null
   * @return the result, {@link Variant#EMPTY} when there is none; never null
   */
  Variant invoke(ComObject target, String member, Call call, List<Variant> args);

  /** Releases an object. Releasing twice, or after a failure, does nothing. */
  void release(ComObject object);

  /** Uninitialises COM on the current thread. Must not throw. */
  void leaveApartment();
}
