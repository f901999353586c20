package dev.ferry.connector.terminal.testhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelnetReaderTest {
  // WILL TTYPE, SB TTYPE IS "IBM-3179-2" SE, a record with an escaped FF, EOR, DO EOR
  private static final byte[] STREAM =
      HexFormat.of()
          .parseHex(
              "FFFB18"
                  + "FFFA1800"
                  + "49424D2D333137392D32"
                  + "FFF0"
                  + "000C12A0000004000003"
                  + "FFFF01"
                  + "FFEF"
                  + "FFFD19");

  private static List<String> events(int chunk) {
    List<String> events = new ArrayList<>();
    TelnetReader reader =
        new TelnetReader(
            new TelnetReader.Listener() {
              @Override
              public void onOption(int command, int option) {
                events.add("option " + Integer.toHexString(command) + " " + option);
              }

              @Override
              public void onSubnegotiation(int option, byte[] data) {
                events.add("sb " + option + " " + HexFormat.of().formatHex(data));
              }

              @Override
              public void onRecord(byte[] record) {
                events.add("record " + HexFormat.of().formatHex(record));
              }
            });
    for (int i = 0; i < STREAM.length; i += chunk) {
      int n = Math.min(chunk, STREAM.length - i);
      byte[] part = new byte[n];
      System.arraycopy(STREAM, i, part, 0, n);
      reader.feed(part, n);
    }
    return events;
  }

  @Test
  void findsOptionsSubnegotiationsAndRecordsWithEscapedIac() {
    assertThat(events(STREAM.length))
        .containsExactly(
            "option fb 24",
            "sb 24 0049424d2d333137392d32",
            "record 000c12a0000004000003ff01",
            "option fd 25");
  }

  @Test
  void givesTheSameEventsHoweverTheBytesAreChunked() {
    List<String> whole = events(STREAM.length);
    for (int chunk = 1; chunk < 8; chunk++) {
      assertThat(events(chunk)).as("chunks of " + chunk).isEqualTo(whole);
    }
  }

  @Test
  void newEnvironReadsTheDeviceNameAmongOtherVariables() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0); // IS
    b.write(3);
    b.writeBytes("KBDTYPE".getBytes());
    b.write(1);
    b.writeBytes("USB".getBytes());
    b.write(3);
    b.writeBytes("DEVNAME".getBytes());
    b.write(1);
    b.writeBytes("FERRY01".getBytes());

    assertThat(NewEnviron.userVariables(b.toByteArray()))
        .containsEntry("DEVNAME", "FERRY01")
        .containsEntry("KBDTYPE", "USB");
  }
}
