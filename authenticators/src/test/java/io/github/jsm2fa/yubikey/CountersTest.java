package io.github.jsm2fa.yubikey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountersTest {

  @ParameterizedTest(name = "presented {0}/{1} against stored {2}/{3}: {4}")
  @CsvSource({
    "0, 0, -1, -1, AHEAD",
    "5, 1, 4, 200, AHEAD",
    "5, 3, 5, 2, AHEAD",
    "5, 2, 5, 2, EQUAL",
    "5, 1, 5, 2, BEHIND",
    "4, 9, 5, 2, BEHIND",
    "0, 0, 5, 2, BEHIND",
  })
  void presentedCounters_comparedAsYubikeyValDoes(
      int counter, int use, int storedCounter, int storedUse, Counters.Comparison expected) {
    Counters presented = new Counters(counter, use);

    assertThat(presented.compareWithStored(new Counters(storedCounter, storedUse)))
        .isEqualTo(expected);
  }
}
