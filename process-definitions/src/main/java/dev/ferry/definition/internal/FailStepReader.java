package dev.ferry.definition.internal;

import dev.ferry.engine.expr.Expression;
import dev.ferry.engine.expr.Template;
import dev.ferry.engine.model.FailureKind;
import dev.ferry.engine.model.SourceLocation;
import dev.ferry.engine.model.Step;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a {@code fail: {kind, code, message}} step. */
final class FailStepReader {
  static final List<String> KEYS = LanguageDocs.keys(LanguageDocs.FAIL);
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Problems problems;
  private final ExpressionCheck expressions;
  private final StepIds ids;

  FailStepReader(Problems problems, ExpressionCheck expressions, StepIds ids) {
    this.problems = problems;
    this.expressions = expressions;
    this.ids = ids;
  }

  Step read(Fields f, String id, SourceLocation at, Expression condition, VariableScope scope) {
    Node node = f.value("fail");
    Fields body = Fields.of(node, "fail:", problems);
    body.rejectUnknown(KEYS, "fail:");
    FailureKind kind = FailureKind.BUSINESS;
    if (body.has("kind")) {
      String text = Scalars.text(body.value("kind"), "'kind' of fail:", problems);
      kind = text == null ? null : failureKind(text, body.value("kind"));
    }
    String code = null;
    if (!body.has("code")) {
      problems.add(node, "fail: needs 'code:', a stable upper-case code such as NO_TOTAL");
    } else {
      code = Scalars.text(body.value("code"), "'code' of fail:", problems);
      if (code != null && !CODE.matcher(code).matches()) {
        problems.add(
            body.value("code"),
            "'code' of fail: must be upper-case letters, digits and '_', such as NO_TOTAL, not '"
                + code
                + "'");
        code = null;
      }
    }
    Template message = null;
    Node messageNode = body.value("message");
    if (messageNode instanceof ScalarNode scalar && !Scalars.isNull(scalar)) {
      message = expressions.template(scalar, "'message' of fail:", scope);
    } else {
      problems.add(
          messageNode == null ? node : messageNode,
          "fail: needs 'message:', a sentence for the person who reviews the case");
    }
    if (kind == null || code == null || message == null) {
      return null;
    }
    return new Step.FailStep(
        id == null ? ids.generate("fail") : id, at, condition, kind, code, message);
  }

  private FailureKind failureKind(String text, Node node) {
    try {
      return FailureKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(node, "'kind' of fail: must be business or system, not '" + text + "'");
      return null;
    }
  }
}
