package dev.ferry.definition;

import dev.ferry.definition.internal.DefinitionReader;
import dev.ferry.definition.internal.Problems;
import dev.ferry.definition.internal.YamlSource;
import dev.ferry.engine.ConnectorRegistry;
import dev.ferry.engine.model.DefinitionException;
import dev.ferry.engine.model.Problem;
import dev.ferry.engine.model.ProcessDefinition;
import dev.ferry.engine.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and validates YAML process definitions against the connectors installed on this node.
 *
 * <p>Validation is complete before anything runs: every {@code with:} map is bound to its action's
 * input record, every expression is parsed and its variables checked, and every problem in the file
 * is reported at once, each with its file, line and column.
 *
 * <p>YAML is read as data only: tags are rejected, and aliases, nesting and size are limited.
 *
 * <p>Thread-safe: a loader holds only its registry, and each call works on its own state.
 */
public final class DefinitionLoader {
  private final ConnectorRegistry registry;

  /**
   * @param registry the connectors whose actions definitions may use; never null
   */
  public DefinitionLoader(ConnectorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Loads a definition file, read as UTF-8.
   *
   * @throws DefinitionException with every problem found, including a file that cannot be read
   */
  public ProcessDefinition load(Path file) {
    String name = file.toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return load(name, text);
    } catch (CharacterCodingException e) {
      throw single(name, "the file is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw single(name, "the file cannot be read (" + e.getMessage() + "); check the path");
    }
  }

  /**
   * Loads a definition from text.
   *
   * @param fileName how problems name the file; never null
   * @param yamlText the definition's YAML; never null
   * @return the validated definition, never null
   * @throws DefinitionException with every problem found, sorted by line and column
   */
  public ProcessDefinition load(String fileName, String yamlText) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(yamlText, "yamlText");
    Problems problems = new Problems(fileName);
    Node root = YamlSource.parse(yamlText, problems);
    ProcessDefinition definition = null;
    if (root != null) {
      definition = new DefinitionReader(registry, problems).read(root, yamlText, sha256(yamlText));
    }
    if (!problems.isEmpty() || definition == null) {
      throw new DefinitionException(problems.sorted());
    }
    return definition;
  }

  private static DefinitionException single(String file, String message) {
    return new DefinitionException(List.of(new Problem(new SourceLocation(file, 1, 1), message)));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
