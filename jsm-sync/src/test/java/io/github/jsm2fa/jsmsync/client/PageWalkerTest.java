package io.github.jsm2fa.jsmsync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageWalkerTest {

  /**
   * A listing of {@code total} items served by a server that caps pages at {@code serverCap}; if
   * {@code emptyAt} is not negative, the page starting there comes back empty and not last.
   */
  @ParameterizedTest(name = "total={0} limit={1} cap={2} maxPages={3} emptyAt={4}")
  @CsvSource({
    // total, limit, serverCap, maxPages, emptyAt, expected completion, expected seen, expected
    // calls
    "0,   50, 50, 100, -1, COMPLETE,              0,   1",
    "1,   50, 50, 100, -1, COMPLETE,              1,   1",
    "50,  50, 50, 100, -1, COMPLETE,              50,  1",
    "51,  50, 50, 100, -1, COMPLETE,              51,  2",
    "120, 50, 20, 100, -1, COMPLETE,              120, 6",
    "7,   3,  2,  100, -1, COMPLETE,              7,   4",
    "100, 10, 10, 3,   -1, STOPPED_ON_PAGE_CAP,   30,  3",
    "100, 10, 10, 100, 40, STOPPED_ON_EMPTY_PAGE, 40,  5",
  })
  void listing_walkedByReturnedSize(
      int total,
      int limit,
      int serverCap,
      int maxPages,
      int emptyAt,
      PageWalker.Completion expected,
      int expectedSeen,
      int expectedCalls) {
    List<Integer> seen = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();

    PageWalker.Completion completion =
        PageWalker.walk(
            (start, requested) -> {
              starts.add(start);
              if (start == emptyAt) {
                return new JsmPage<>(false, List.of());
              }
              int end = Math.min(total, start + Math.min(requested, serverCap));
              return new JsmPage<>(end >= total, IntStream.range(start, end).boxed().toList());
            },
            limit,
            maxPages,
            seen::addAll);

    assertThat(completion).isEqualTo(expected);
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, expectedSeen).boxed().toList());
    assertThat(starts).hasSize(expectedCalls);
  }
}
