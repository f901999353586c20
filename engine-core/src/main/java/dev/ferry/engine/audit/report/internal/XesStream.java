package dev.ferry.engine.audit.report.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XES elements written one by one to a stream, indented, so that a log of any size needs little
 * memory. Null values are left out, as XES has no null. Characters that XML 1.0 cannot carry become
 * U+FFFD.
 */
public final class XesStream implements AutoCloseable {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

  private final XMLStreamWriter xml;
  private int depth;

  public XesStream(OutputStream out) throws XMLStreamException {
    this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
  }

  public void start(String element) throws XMLStreamException {
    indent();
    xml.writeStartElement(element);
    depth++;
  }

  public void end() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  /** An element without content, such as {@code <extension>}, with name and value pairs. */
  public void empty(String element, String... attributes) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(element);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
    }
  }

  /** An attribute of the element just started. */
  public void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value));
  }

  public void string(String key, String value) throws XMLStreamException {
    if (value != null) {
      empty("string", "key", key, "value", value);
    }
  }

  public void integer(String key, long value) throws XMLStreamException {
    empty("int", "key", key, "value", Long.toString(value));
  }

  public void bool(String key, boolean value) throws XMLStreamException {
    empty("boolean", "key", key, "value", Boolean.toString(value));
  }

  public void date(String key, Instant value) throws XMLStreamException {
    if (value != null) {
      empty("date", "key", key, "value", date(value));
    }
  }

  /** An instant as XES (xs:dateTime) writes it, in UTC with millisecond precision. */
  public static String date(Instant value) {
    return DATE.format(value);
  }

  public void comment(String text) throws XMLStreamException {
    indent();
    xml.writeComment(" " + clean(text).replace("--", "- -") + " ");
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Replaces what XML 1.0 forbids: most control characters and unpaired surrogates. */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  public void flush() throws XMLStreamException {
    xml.flush();
  }

  @Override
  public void close() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }
}
