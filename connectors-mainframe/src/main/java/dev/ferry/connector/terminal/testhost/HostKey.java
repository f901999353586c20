package dev.ferry.connector.terminal.testhost;

/** The attention keys a 5250 terminal sends, with their AID codes. */
public enum HostKey {
  ENTER(0xF1),
  PF1(0x31),
  PF2(0x32),
  PF3(0x33),
  PF4(0x34),
  PF5(0x35),
  PF6(0x36),
  PF7(0x37),
  PF8(0x38),
  PF9(0x39),
  PF10(0x3A),
  PF11(0x3B),
  PF12(0x3C),
  PF13(0xB1),
  PF14(0xB2),
  PF15(0xB3),
  PF16(0xB4),
  PF17(0xB5),
  PF18(0xB6),
  PF19(0xB7),
  PF20(0xB8),
  PF21(0xB9),
  PF22(0xBA),
  PF23(0xBB),
  PF24(0xBC),
  ROLL_DOWN(0xF4),
  ROLL_UP(0xF5),
  CLEAR(0xBD),
  HELP(0xF3),
  PRINT(0xF6),
  RECORD_BACKSPACE(0xF8),
  OTHER(0x00);

  private final int aid;

  HostKey(int aid) {
    this.aid = aid;
  }

  public int aid() {
    return aid;
  }

  /** The key for an AID byte; {@link #OTHER} for one this host does not know. */
  public static HostKey of(int aid) {
    for (HostKey key : values()) {
      if (key.aid == aid) {
        return key;
      }
    }
    return OTHER;
  }
}
