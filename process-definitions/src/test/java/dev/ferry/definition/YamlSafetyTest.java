package dev.ferry.definition;

import static dev.ferry.definition.Loading.definition;
import static dev.ferry.definition.Loading.described;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML is data only: no tags, bounded aliases, depth and size. */
class YamlSafetyTest {

  @Test
  void rejectsExplicitTagsThatWouldCreateObjects() {
    String yaml =
        definition(
            """
            description: !!python/object/apply:os.system ["rm -rf /"]
            steps:
              - action: log
                with: { message: !java.lang.ProcessBuilder hi }
            """);

    assertThat(described(yaml))
        .contains(
            "3:14 YAML tags such as 'tag:yaml.org,2002:python/object/apply:os.system' are not"
                + " allowed: a definition is plain data; remove the tag (quote the value if it is"
                + " meant as text)")
        .anyMatch(p -> p.startsWith("6:22 YAML tags such as '!java.lang.ProcessBuilder'"));
  }

  @Test
  void rejectsABillionLaughsFileWithoutExpandingIt() {
    StringBuilder yaml = new StringBuilder(definition("description: x\n"));
    yaml.append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }

    long start = System.nanoTime();
    assertThat(described(yaml.toString()))
        .containsExactly(
            "7:20 more than 20 aliases (*name) in one file; write the values out or use call:");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void rejectsAnAliasInsideItsOwnAnchor() {
    assertThat(described(definition("steps: &s [ *s ]\n")))
        .containsExactly("3:13 alias *s refers to the map or list that contains it");
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String deep = "[".repeat(60) + "]".repeat(60);

    assertThat(described(definition("description: " + deep + "\n")))
        .singleElement()
        .asString()
        .contains("nested more than 40 levels deep");
  }

  @Test
  void rejectsAFileLargerThanTheLimitBeforeParsingIt() {
    String huge = definition("description: \"" + "x".repeat(1_000_001) + "\"\n");

    assertThat(described(huge))
        .singleElement()
        .asString()
        .startsWith("1:1 the file has 1000050 characters, more than the 1000000 allowed");
  }

  @Test
  void reportsASyntaxErrorWithItsLineAndColumn() {
    String yaml = definition("steps:\n  - action: log\n   with: { message: m }\n");

    assertThat(described(yaml)).singleElement().asString().startsWith("5:4 YAML syntax error:");
  }

  @Test
  void saysADefinitionIsAMapWhenTheFileIsAList() {
    assertThat(described("- process: x\n"))
        .containsExactly(
            "1:1 a definition is a map of 'key: value' lines starting with 'process: <name>', not"
                + " a list");
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(described("# nothing here\n"))
        .containsExactly("1:1 the file is empty; a definition starts with 'process: <name>'");
  }
}
