package dev.ferry.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.definition.internal.LanguageSchema;
import dev.ferry.engine.ConnectorRegistry;
import java.util.Objects;

/**
 * Generates the JSON Schema (draft-07) of process definitions for the connectors of a registry, so
 * that editors with a YAML language server complete and check definitions: every key with its help,
 * the types and enums, the required keys, and for each action the keys of its {@code with:}.
 *
 * <p>The output is stable: the same registry always gives the same text, so the published schema
 * can be checked into version control and diffed.
 */
public final class SchemaGenerator {
  /** Where the published schema lives, for its {@code $id}. */
  public static final String SCHEMA_ID = "https://ferry.dev/schema/process.schema.json";

  private final ConnectorRegistry registry;

  /**
   * @param registry the connectors whose applications and actions the schema describes; never null
   */
  public SchemaGenerator(ConnectorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The schema as pretty-printed JSON, ending with a newline. */
  public String generate() {
    ObjectNode schema = new LanguageSchema(registry).build(SCHEMA_ID);
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(schema)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema tree always serializes", e);
    }
  }
}
