package io.github.jsm2fa.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose's variable interpolation as the Compose Specification describes it: {@code $NAME}, {@code
 * ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?error}}, {@code
 * ${NAME?error}}, {@code ${NAME:+other}}, {@code ${NAME+other}}, nesting in the default, and {@code
 * $$} for a literal dollar. It applies to values only, never to keys.
 */
final class ComposeInterpolation {

  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_A-Za-z0-9]*");
  private static final Pattern EXPRESSION =
      Pattern.compile("([_A-Za-z][_A-Za-z0-9]*)(?:(:?[-?+])(.*))?", Pattern.DOTALL);

  private final Map<String, String> variables;

  ComposeInterpolation(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /** A copy of the tree with every string value interpolated. */
  JsonNode apply(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(field -> copy.set(field.getKey(), apply(field.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(apply(element)));
      return copy;
    }
    return node.isTextual() ? JsonNodeFactory.instance.textNode(interpolate(node.asText())) : node;
  }

  String interpolate(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (text.charAt(i) != '$' || next == 0) {
        out.append(text.charAt(i++));
      } else if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int end = closingBrace(text, i + 2);
        out.append(expand(text.substring(i + 2, end)));
        i = end + 1;
      } else {
        Matcher name = NAME.matcher(text).region(i + 1, text.length());
        // A dollar before anything but a name is kept as it is.
        if (name.lookingAt()) {
          out.append(variables.getOrDefault(name.group(), ""));
          i = name.end();
        } else {
          out.append(text.charAt(i++));
        }
      }
    }
    return out.toString();
  }

  private String expand(String expression) {
    Matcher matcher = EXPRESSION.matcher(expression);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("invalid interpolation format: ${" + expression + "}");
    }
    String name = matcher.group(1);
    String value = variables.get(name);
    String operator = matcher.group(2);
    if (operator == null) {
      return value == null ? "" : value;
    }

    boolean missing = operator.startsWith(":") ? value == null || value.isEmpty() : value == null;
    return switch (operator.charAt(operator.length() - 1)) {
      case '-' -> missing ? interpolate(matcher.group(3)) : value;
      case '+' -> missing ? "" : interpolate(matcher.group(3));
      default -> {
        if (missing) {
          throw new IllegalArgumentException(
              "required variable "
                  + name
                  + " is missing a value: "
                  + interpolate(matcher.group(3)));
        }
        yield value;
      }
    };
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed ${ in: " + text);
  }
}
