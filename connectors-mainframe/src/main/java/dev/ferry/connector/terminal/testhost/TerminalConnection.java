package dev.ferry.connector.terminal.testhost;

import static dev.ferry.connector.terminal.testhost.TelnetReader.DO;
import static dev.ferry.connector.terminal.testhost.TelnetReader.EOR;
import static dev.ferry.connector.terminal.testhost.TelnetReader.IAC;
import static dev.ferry.connector.terminal.testhost.TelnetReader.SB;
import static dev.ferry.connector.terminal.testhost.TelnetReader.SE;
import static dev.ferry.connector.terminal.testhost.TelnetReader.WILL;
import static dev.ferry.connector.terminal.testhost.TelnetReader.WONT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One terminal connection to a test host: telnet negotiation (NEW-ENVIRON for a 5250 device name,
 * TERMINAL-TYPE, END-OF-RECORD and BINARY in both directions; or TN3270E with an LU name, when the
 * host offers it), then records in the protocol's data stream until the application ends the
 * session or the client leaves.
 */
final class TerminalConnection implements TelnetReader.Listener {

  private static final int OPT_BINARY = 0;
  private static final int OPT_TTYPE = 24;
  private static final int OPT_EOR = 25;
  private static final int OPT_NEW_ENVIRON = 39;
  private static final int OPT_TN3270E = 40;
  private static final int SUB_IS = 0;
  private static final int SUB_SEND = 1;
  // TN3270E subnegotiation codes (RFC 2355, section 10)
  private static final int E_CONNECT = 1;
  private static final int E_DEVICE_TYPE = 2;
  private static final int E_FUNCTIONS = 3;
  private static final int E_IS = 4;
  private static final int E_REASON = 5;
  private static final int E_REJECT = 6;
  private static final int E_REQUEST = 7;
  private static final int E_SEND = 8;
  private static final int E_REASON_INV_NAME = 3;
  private static final int E_3270_DATA = 0;
  private static final int E_HEADER_LENGTH = 5;

  private final Socket socket;
  private final HostApplication application;
  private final HostOptions options;
  private final HostProtocol protocol;
  private OutputStream out;

  private boolean environDone;
  private boolean ttypeWilling;
  private boolean ttypeRequested;
  private String terminalType;
  private String deviceName;
  // the four replies to DO/WILL EOR and DO/WILL BINARY; the first screen waits for all of them
  private int pendingReplies = -1;
  private HostScreen current;
  private HostApplication.TerminalInfo terminal;
  private int inputs;
  private boolean open = true;
  private boolean tn3270e;
  private int sequence;

  TerminalConnection(
      Socket socket, HostApplication application, HostOptions options, HostProtocol protocol) {
    this.socket = socket;
    this.protocol = protocol;
    this.application = application;
    this.options = options;
  }

  void run() {
    try (socket) {
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      if (protocol.asksDeviceName()) {
        send(IAC, DO, OPT_NEW_ENVIRON, IAC, DO, OPT_TTYPE);
      } else if (options.luNames() != null) {
        environDone = true;
        send(IAC, DO, OPT_TN3270E);
      } else {
        environDone = true;
        send(IAC, DO, OPT_TTYPE);
      }
      TelnetReader reader = new TelnetReader(this);
      byte[] buffer = new byte[4096];
      while (open) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        reader.feed(buffer, n);
      }
    } catch (IOException | RuntimeException e) {
      // a client that goes away mid-session is normal for a terminal host
    }
  }

  @Override
  public void onOption(int command, int option) {
    try {
      if (option == OPT_TN3270E) {
        if (command == WILL) {
          send(IAC, SB, OPT_TN3270E, E_SEND, E_DEVICE_TYPE, IAC, SE);
        } else if (command == WONT) {
          // the client speaks plain TN3270 only
          send(IAC, DO, OPT_TTYPE);
        }
      } else if (option == OPT_NEW_ENVIRON) {
        if (command == WILL) {
          send(IAC, SB, OPT_NEW_ENVIRON, SUB_SEND, IAC, SE);
        } else if (command == WONT) {
          environDone = true;
          requestTerminalType();
        }
      } else if (option == OPT_TTYPE && command == WILL) {
        ttypeWilling = true;
        requestTerminalType();
      } else if ((option == OPT_EOR || option == OPT_BINARY) && pendingReplies > 0) {
        pendingReplies--;
        if (pendingReplies == 0) {
          terminal = new HostApplication.TerminalInfo(terminalType, deviceName);
          show(application.start(terminal));
        }
      }
    } catch (IOException e) {
      open = false;
    }
  }

  private void requestTerminalType() throws IOException {
    if (environDone && ttypeWilling && !ttypeRequested) {
      ttypeRequested = true;
      send(IAC, SB, OPT_TTYPE, SUB_SEND, IAC, SE);
    }
  }

  @Override
  public void onSubnegotiation(int option, byte[] data) {
    try {
      if (option == OPT_TN3270E && data.length > 1) {
        tn3270eSubnegotiation(data);
      } else if (option == OPT_NEW_ENVIRON && data.length > 0 && data[0] == SUB_IS) {
        deviceName = NewEnviron.userVariables(data).get("DEVNAME");
        environDone = true;
        requestTerminalType();
      } else if (option == OPT_TTYPE && data.length > 0 && data[0] == SUB_IS) {
        terminalType = new String(data, 1, data.length - 1, StandardCharsets.US_ASCII);
        pendingReplies = 4;
        send(IAC, DO, OPT_EOR, IAC, WILL, OPT_EOR, IAC, DO, OPT_BINARY, IAC, WILL, OPT_BINARY);
      }
    } catch (IOException e) {
      open = false;
    }
  }

  /**
   * DEVICE-TYPE REQUEST: answer IS with the LU, or REJECT an LU the host does not offer. FUNCTIONS
   * REQUEST: ask for none (the client then agrees with FUNCTIONS IS). FUNCTIONS IS: negotiation is
   * done, and the first screen follows.
   */
  private void tn3270eSubnegotiation(byte[] data) throws IOException {
    if (data[0] == E_DEVICE_TYPE && data[1] == E_REQUEST) {
      int end = 2;
      while (end < data.length && data[end] != E_CONNECT && data[end] != 0) {
        end++;
      }
      String type = new String(data, 2, end - 2, StandardCharsets.US_ASCII);
      String lu =
          end < data.length && data[end] == E_CONNECT
              ? new String(data, end + 1, data.length - end - 1, StandardCharsets.US_ASCII)
              : options.luNames().get(0);
      if (!options.luNames().contains(lu)) {
        send(IAC, SB, OPT_TN3270E, E_DEVICE_TYPE, E_REJECT, E_REASON, E_REASON_INV_NAME, IAC, SE);
        return;
      }
      terminalType = type;
      deviceName = lu;
      ByteArrayOutputStream is = new ByteArrayOutputStream();
      is.writeBytes(new byte[] {(byte) IAC, (byte) SB, OPT_TN3270E, E_DEVICE_TYPE, E_IS});
      is.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
      is.write(E_CONNECT);
      is.writeBytes(lu.getBytes(StandardCharsets.US_ASCII));
      is.writeBytes(new byte[] {(byte) IAC, (byte) SE});
      synchronized (this) {
        out.write(is.toByteArray());
        out.flush();
      }
    } else if (data[0] == E_FUNCTIONS && data[1] == E_REQUEST) {
      send(IAC, SB, OPT_TN3270E, E_FUNCTIONS, E_REQUEST, IAC, SE);
    } else if (data[0] == E_FUNCTIONS && data[1] == E_IS && terminalType != null) {
      tn3270e = true;
      terminal = new HostApplication.TerminalInfo(terminalType, deviceName);
      show(application.start(terminal));
    }
  }

  @Override
  public void onRecord(byte[] record) {
    if (current == null) {
      return;
    }
    if (tn3270e) {
      if (record.length < E_HEADER_LENGTH || record[0] != E_3270_DATA) {
        return;
      }
      record = java.util.Arrays.copyOfRange(record, E_HEADER_LENGTH, record.length);
    }
    HostInput input = protocol.parseInput(record, current, terminal);
    if (input == null) {
      return;
    }
    inputs++;
    if (options.dropAfterInputs() > 0 && inputs >= options.dropAfterInputs()) {
      open = false;
      closeQuietly();
      return;
    }
    HostScreen next = application.onInput(input);
    try {
      if (next == null) {
        open = false;
        socket.close();
      } else {
        show(next);
      }
    } catch (IOException e) {
      open = false;
    }
  }

  private void show(HostScreen screen) throws IOException {
    if (!options.responseDelay().isZero()) {
      try {
        Thread.sleep(options.responseDelay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("host stopped", e);
      }
    }
    byte[] record;
    if (screen.inputError() != null) {
      record = protocol.encodeInputError(screen.inputError(), current, terminal);
    } else {
      current = screen;
      record = protocol.encode(screen, terminal);
    }
    if (tn3270e) {
      ByteArrayOutputStream headed = new ByteArrayOutputStream();
      int seq = sequence++ & 0xFFFF;
      headed.writeBytes(new byte[] {E_3270_DATA, 0, 0, (byte) (seq >> 8), (byte) seq});
      headed.writeBytes(record);
      record = headed.toByteArray();
    }
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (byte b : record) {
      wire.write(b);
      if ((b & 0xFF) == IAC) {
        wire.write(IAC);
      }
    }
    wire.write(IAC);
    wire.write(EOR);
    synchronized (this) {
      out.write(wire.toByteArray());
      out.flush();
    }
  }

  private void send(int... bytes) throws IOException {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    synchronized (this) {
      out.write(b);
      out.flush();
    }
  }

  private void closeQuietly() {
    try {
      socket.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
