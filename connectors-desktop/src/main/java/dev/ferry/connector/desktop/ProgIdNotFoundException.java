package dev.ferry.connector.desktop;

import dev.ferry.engine.spi.Evidence;
import java.util.List;

/**
 * No COM class is registered under a ProgID on this machine: the program (Excel, SAP GUI, AutoItX)
 * is not installed, is installed for another bitness, or the ProgID is misspelt.
 */
public class ProgIdNotFoundException extends ComException {
  private static final long serialVersionUID = 1L;
  private final String progId;

  public ProgIdNotFoundException(String progId, int hresult, Throwable cause) {
    this(progId, hresult, cause, List.of());
  }

  private ProgIdNotFoundException(
      String progId, int hresult, Throwable cause, List<Evidence> evidence) {
    super(
        "no COM class is registered as '"
            + progId
            + "' on this machine (HRESULT "
            + hex(hresult)
            + "). Install the program that provides it, check the spelling, and check that Java"
            + " and the program have the same bitness (64-bit Java needs a 64-bit or"
            + " out-of-process server).",
        hresult,
        null,
        null,
        cause,
        evidence);
    this.progId = progId;
  }

  public String progId() {
    return progId;
  }

  @Override
  public ProgIdNotFoundException inCall(String call) {
    return this;
  }

  @Override
  public ProgIdNotFoundException withEvidence(List<Evidence> evidence) {
    return new ProgIdNotFoundException(progId, hresult(), getCause(), evidence);
  }
}
