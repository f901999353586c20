package dev.ferry.engine.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of an action's input record, or of a connector's configuration record.
 * The YAML key is the component's name in kebab-case ({@code maxRows} becomes {@code max-rows}).
 * Components without this annotation are required and undocumented.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Param {
  /** Plain-English help shown in validation messages, the JSON Schema and the YAML reference. */
  String value() default "";

  /** Whether a definition may leave this out; an omitted optional component is null. */
  boolean optional() default false;

  /**
   * A default written as YAML would write it ({@code "30s"}, {@code "true"}), used when the key is
   * left out. A component with a default is optional.
   */
  String defaultValue() default "";

  /** A sensitive value is redacted in the ledger, the logs and every export. */
  boolean sensitive() default false;
}
