package dev.ferry.connector.web.action;

import com.microsoft.playwright.Locator;
import dev.ferry.connector.web.internal.WebStep;
import dev.ferry.engine.spi.NoOutput;
import dev.ferry.engine.spi.Param;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code web.fill-form}: fills several fields in order, then clicks the submit element. Text fields
 * get the value as text, drop-downs select the option with that value or label, and checkboxes and
 * radio buttons are checked for {@code true} and unchecked for {@code false}.
 */
public final class FillFormAction extends WebAction<FillFormAction.Input, NoOutput> {

  /**
   * @param fields selector to value, filled in the order given
   * @param submit what to click afterwards; null to leave the form unsubmitted
   */
  public record Input(
      @Param("Selector to value, such as {\"#amount\": \"12.50\"}, filled in order")
          Map<String, Object> fields,
      @Param(value = "What to click once the fields are filled", optional = true) String submit) {
    public Input {
      Objects.requireNonNull(fields, "fields is required");
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("fields needs at least one selector and value");
      }
      fields.keySet().forEach(k -> Selectors.require(k, "every selector in fields"));
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
      if (submit != null) {
        Selectors.require(submit, "submit");
      }
    }
  }

  public FillFormAction() {
    super(
        "web.fill-form",
        "Fills several fields of a form, then submits it.",
        Input.class,
        NoOutput.class);
  }

  @Override
  String target(Input input) {
    return String.join(", ", input.fields().keySet())
        + (input.submit() == null ? "" : " then " + input.submit());
  }

  @Override
  NoOutput run(Input input, WebStep step) {
    for (Map.Entry<String, Object> field : input.fields().entrySet()) {
      fill(step, field.getKey(), field.getValue());
    }
    if (input.submit() != null) {
      step.click(input.submit());
    }
    return NoOutput.INSTANCE;
  }

  private static void fill(WebStep step, String selector, Object value) {
    Locator field = step.locateVisible(selector);
    String kind =
        (String)
            field.evaluate(
                "e => e.tagName.toLowerCase() + ':' + (e.getAttribute('type') || '').toLowerCase()");
    if (kind.startsWith("select:")) {
      field.selectOption(text(value));
    } else if (kind.equals("input:checkbox") || kind.equals("input:radio")) {
      field.setChecked(checked(selector, value));
    } else if (kind.equals("input:file")) {
      throw step.fail(
          "web.fill-form cannot fill the file field '" + selector + "'; use web.upload for it.",
          selector);
    } else {
      field.fill(text(value));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }

  private static boolean checked(String selector, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = text(value).trim().toLowerCase(java.util.Locale.ROOT);
    if (text.equals("true") || text.equals("yes") || text.equals("on")) {
      return true;
    }
    if (text.equals("false") || text.equals("no") || text.equals("off") || text.isEmpty()) {
      return false;
    }
    throw new IllegalArgumentException(
        "the checkbox '" + selector + "' takes true or false, not '" + text + "'");
  }
}
