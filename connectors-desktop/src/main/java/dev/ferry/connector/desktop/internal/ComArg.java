package dev.ferry.connector.desktop.internal;

import dev.ferry.connector.desktop.Variant;
import java.util.Objects;

/**
 * An argument on its way to COM, with how evidence shows it.
 *
 * @param variant what the bridge receives
 * @param shown what the evidence shows: the value, or a mask for a secret
 */
record ComArg(Variant variant, String shown) {
  static final String MASK = "******";

  ComArg {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(shown, "shown");
  }

  static ComArg of(Variant variant) {
    return new ComArg(variant, VariantMapping.render(variant));
  }

  static ComArg secret(String value) {
    return new ComArg(Variant.bstr(value), MASK);
  }
}
