package io.github.jsm2fa.jsmsync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a JSM paged listing. */
public record JsmPage<T>(boolean lastPage, List<T> values) {

  /**
   * Reads {@code values} and {@code isLastPage}; a {@code size} that disagrees with the number of
   * values is treated as a malformed answer rather than guessed around.
   */
  static <T> JsmPage<T> parse(JsonNode node, Function<JsonNode, T> mapper, String path) {
    JsonNode values = node.get("values");
    JsonNode last = node.get("isLastPage");
    if (values == null || !values.isArray() || last == null || !last.isBoolean()) {
      throw new JsmClientException("JSM page without values or isLastPage for " + path, 200);
    }
    JsonNode size = node.get("size");
    if (size != null && (!size.canConvertToInt() || size.asInt() != values.size())) {
      throw new JsmClientException("JSM page size disagrees with its values for " + path, 200);
    }

    List<T> items = new ArrayList<>(values.size());
    values.forEach(value -> items.add(mapper.apply(value)));
    return new JsmPage<>(last.asBoolean(), items);
  }
}
