package dev.ferry.connector.desktop;

import dev.ferry.engine.spi.Evidence;
import java.util.List;

/**
 * A COM call failed. Carries the HRESULT and, when the server filled in an {@code EXCEPINFO}, its
 * source and description (for Excel, the text of the dialog a person would have seen).
 */
public class ComException extends DesktopException {
  private static final long serialVersionUID = 1L;
  private final int hresult;
  private final String source;
  private final String description;

  /**
   * @param message the whole explanation: what was called, on what, and what to do
   * @param hresult the failing HRESULT, such as {@code 0x800A03EC}
   * @param source the EXCEPINFO source, such as "Microsoft Excel"; null when none
   * @param description the EXCEPINFO description; null when none
   */
  public ComException(
      String message, int hresult, String source, String description, Throwable cause) {
    this(message, hresult, source, description, cause, List.of());
  }

  protected ComException(
      String message,
      int hresult,
      String source,
      String description,
      Throwable cause,
      List<Evidence> evidence) {
    super(message, cause, evidence);
    this.hresult = hresult;
    this.source = source;
    this.description = description;
  }

  public int hresult() {
    return hresult;
  }

  /** The HRESULT as COM documentation writes it, such as {@code 0x800A03EC}. */
  public String hresultHex() {
    return hex(hresult);
  }

  /** The server's EXCEPINFO source; null when it gave none. */
  public String source() {
    return source;
  }

  /** The server's EXCEPINFO description; null when it gave none. */
  public String description() {
    return description;
  }

  /** This failure again, with a message that names the call that failed. */
  public ComException inCall(String call) {
    return new ComException(
        call + " failed: " + getMessage(), hresult, source, description, this, evidence());
  }

  @Override
  public ComException withEvidence(List<Evidence> evidence) {
    return new ComException(getMessage(), hresult, source, description, getCause(), evidence);
  }

  public static String hex(int hresult) {
    return String.format("0x%08X", hresult);
  }
}
