package io.github.jsm2fa.jsmsync.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNamesTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "Ada Lovelace, Ada, Lovelace",
        "Maria de la Cruz, Maria, de la Cruz",
        "'  Alan \t Turing ', Alan, Turing",
        "Cher, Cher, ''",
        "null, '', ''",
        "'   ', '', ''",
      })
  void displayName_splitAtFirstSpace(String displayName, String first, String last) {
    assertThat(DisplayNames.split(displayName)).containsExactly(first, last);
  }
}
