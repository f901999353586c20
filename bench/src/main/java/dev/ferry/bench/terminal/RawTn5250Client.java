package dev.ferry.bench.terminal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The least a program must do for a 5250 round trip over a raw socket: answer the telnet
 * negotiation (no device name, terminal type IBM-3179-2, END-OF-RECORD and BINARY), then send an
 * Enter record and read the host's next record up to IAC EOR. No screen is parsed: this is the
 * floor that a terminal emulator's work is measured against.
 */
final class RawTn5250Client implements AutoCloseable {
  private static final int IAC = 255;
  private static final int DONT = 254;
  private static final int DO = 253;
  private static final int WONT = 252;
  private static final int WILL = 251;
  private static final int SB = 250;
  private static final int SE = 240;
  private static final int EOR = 239;
  private static final int TTYPE = 24;

  // GDS header (length 13, 12 A0, 00 00, 04, flags 00, reserved 00, opcode 03 put/get), then the
  // cursor at row 6, column 53 (the sign-on screen's user field) and the Enter AID; no fields.
  private static final byte[] ENTER = {
    0, 13, 0x12, (byte) 0xA0, 0, 0, 4, 0, 0, 3, 6, 53, (byte) 0xF1, (byte) IAC, (byte) EOR
  };

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] buffer = new byte[8192];
  private int length;
  private int position;

  RawTn5250Client(String host, int port) throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    readRecord(); // the first screen, after the negotiation
  }

  /** Presses Enter and returns the size of the host's answer in bytes. */
  int roundTrip() {
    try {
      out.write(ENTER);
      return readRecord();
    } catch (IOException e) {
      throw new UncheckedIOException("the raw 5250 client lost the host", e);
    }
  }

  /** Reads up to the next IAC EOR, answering telnet options on the way. */
  private int readRecord() throws IOException {
    ByteArrayOutputStream subnegotiation = null;
    int size = 0;
    while (true) {
      int b = next();
      if (b != IAC) {
        if (subnegotiation != null) {
          subnegotiation.write(b);
        }
        size++;
        continue;
      }
      int command = next();
      switch (command) {
        case IAC -> size++;
        case EOR -> {
          return size;
        }
        case SB -> subnegotiation = new ByteArrayOutputStream();
        case SE -> {
          byte[] sub = subnegotiation.toByteArray();
          subnegotiation = null;
          if (sub.length >= 2 && sub[0] == TTYPE && sub[1] == 1) {
            out.write(new byte[] {(byte) IAC, (byte) SB, TTYPE, 0});
            out.write("IBM-3179-2".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) IAC, (byte) SE});
          }
        }
        case DO, WILL -> answer(command, next());
        case DONT, WONT -> next();
        default -> {
          // other telnet commands carry nothing the bench needs
        }
      }
    }
  }

  private void answer(int command, int option) throws IOException {
    boolean wanted = option == TTYPE || option == 0 || option == 25;
    int reply = command == DO ? (wanted ? WILL : WONT) : (wanted ? DO : DONT);
    out.write(new byte[] {(byte) IAC, (byte) reply, (byte) option});
  }

  private int next() throws IOException {
    if (position == length) {
      length = in.read(buffer);
      position = 0;
      if (length < 0) {
        throw new IOException("the host closed the connection");
      }
    }
    return buffer[position++] & 0xFF;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
