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
import java.util.HashMap;
import java.util.Map;

/**
 * One terminal connection to a test host: telnet negotiation (NEW-ENVIRON for the device name,
 * TERMINAL-TYPE, END-OF-RECORD and BINARY in both directions), then 5250 records until the
 * application ends the session or the client leaves.
 */
final class Tn5250Connection implements TelnetReader.Listener {

  private static final int OPT_BINARY = 0;
  private static final int OPT_TTYPE = 24;
  private static final int OPT_EOR = 25;
  private static final int OPT_NEW_ENVIRON = 39;
  private static final int SUB_IS = 0;
  private static final int SUB_SEND = 1;

  private final Socket socket;
  private final HostApplication application;
  private final HostOptions options;
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

  Tn5250Connection(Socket socket, HostApplication application, HostOptions options) {
    this.socket = socket;
    this.application = application;
    this.options = options;
  }

  void run() {
    try (socket) {
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      send(IAC, DO, OPT_NEW_ENVIRON, IAC, DO, OPT_TTYPE);
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
      if (option == OPT_NEW_ENVIRON) {
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
      if (option == OPT_NEW_ENVIRON && data.length > 0 && data[0] == SUB_IS) {
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

  @Override
  public void onRecord(byte[] record) {
    // header: LL LL 12 A0 00 00 04 flags 00 opcode; only put/get (3) records carry input
    if (record.length < 10 || current == null || (record[9] & 0xFF) != 3 || record[7] != 0) {
      return;
    }
    inputs++;
    if (options.dropAfterInputs() > 0 && inputs >= options.dropAfterInputs()) {
      open = false;
      closeQuietly();
      return;
    }
    HostInput input = parseInput(record);
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

  private HostInput parseInput(byte[] record) {
    int row = record.length > 10 ? record[10] & 0xFF : 0;
    int col = record.length > 11 ? record[11] & 0xFF : 0;
    HostKey key = record.length > 12 ? HostKey.of(record[12] & 0xFF) : HostKey.OTHER;
    Map<String, String> values = new HashMap<>();
    int i = 13;
    while (i + 2 < record.length && record[i] == 0x11) {
      int fieldRow = record[i + 1] & 0xFF;
      int fieldCol = record[i + 2] & 0xFF;
      int start = i + 3;
      int end = start;
      while (end < record.length && record[end] != 0x11) {
        end++;
      }
      String value = decode(record, start, end);
      for (HostScreen.InputField f : current.fields().values()) {
        if (f.row() == fieldRow && f.col() == fieldCol) {
          values.put(f.name(), value);
        }
      }
      i = end;
    }
    return new HostInput(key, row, col, values);
  }

  private static String decode(byte[] bytes, int start, int end) {
    byte[] copy = new byte[end - start];
    for (int j = start; j < end; j++) {
      copy[j - start] = bytes[j] == 0 ? 0x40 : bytes[j];
    }
    return new String(copy, HostScreen.EBCDIC).stripTrailing();
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
    current = screen;
    byte[] data = screen.encode(terminal.wide());
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    int length = data.length + 10;
    record.writeBytes(new byte[] {(byte) (length >> 8), (byte) length, 0x12, (byte) 0xA0, 0, 0});
    record.writeBytes(new byte[] {0x04, 0x00, 0x00, 0x03});
    record.writeBytes(data);
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (byte b : record.toByteArray()) {
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
