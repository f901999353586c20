package dev.ferry.connector.terminal.testhost;

import java.io.ByteArrayOutputStream;

/**
 * A byte-at-a-time telnet state machine (RFC 854). It does not care how the bytes were chunked by
 * the network: commands, subnegotiations and records may be split across reads at any byte.
 */
final class TelnetReader {

  static final int IAC = 0xFF;
  static final int DONT = 0xFE;
  static final int DO = 0xFD;
  static final int WONT = 0xFC;
  static final int WILL = 0xFB;
  static final int SB = 0xFA;
  static final int SE = 0xF0;
  static final int EOR = 0xEF;

  /** What the reader found in the stream. */
  interface Listener {
    void onOption(int command, int option);

    void onSubnegotiation(int option, byte[] data);

    void onRecord(byte[] record);
  }

  private enum State {
    DATA,
    IAC,
    OPTION,
    SB_OPTION,
    SB_DATA,
    SB_IAC
  }

  private final Listener listener;
  private final ByteArrayOutputStream record = new ByteArrayOutputStream();
  private final ByteArrayOutputStream sub = new ByteArrayOutputStream();
  private State state = State.DATA;
  private int command;
  private int subOption;

  TelnetReader(Listener listener) {
    this.listener = listener;
  }

  void feed(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      feed(buffer[i] & 0xFF);
    }
  }

  void feed(int b) {
    switch (state) {
      case DATA -> {
        if (b == IAC) {
          state = State.IAC;
        } else {
          record.write(b);
        }
      }
      case IAC -> {
        switch (b) {
          case IAC -> {
            record.write(IAC);
            state = State.DATA;
          }
          case DO, DONT, WILL, WONT -> {
            command = b;
            state = State.OPTION;
          }
          case SB -> state = State.SB_OPTION;
          case EOR -> {
            listener.onRecord(record.toByteArray());
            record.reset();
            state = State.DATA;
          }
          // NOP, timing mark replies and the like carry nothing a 5250 host needs
          default -> state = State.DATA;
        }
      }
      case OPTION -> {
        listener.onOption(command, b);
        state = State.DATA;
      }
      case SB_OPTION -> {
        subOption = b;
        sub.reset();
        state = State.SB_DATA;
      }
      case SB_DATA -> {
        if (b == IAC) {
          state = State.SB_IAC;
        } else {
          sub.write(b);
        }
      }
      case SB_IAC -> {
        if (b == SE) {
          listener.onSubnegotiation(subOption, sub.toByteArray());
          state = State.DATA;
        } else {
          // IAC IAC inside a subnegotiation is a literal 0xFF
          sub.write(b);
          state = State.SB_DATA;
        }
      }
      default -> throw new IllegalStateException(state.name());
    }
  }
}
