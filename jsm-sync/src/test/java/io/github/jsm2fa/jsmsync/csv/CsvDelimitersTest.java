package io.github.jsm2fa.jsmsync.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDelimitersTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "email,name,organization | 44",
        "email;name;organization | 59",
        "email\tname\torganization | 9",
        "\"last, first\";email | 59",
        "email | 44",
        "email;name,x;y | 59",
      })
  void header_detectsDelimiter(String header, int expected) {
    assertThat((int) CsvDelimiters.detect(header.replace("\\t", "\t"))).isEqualTo(expected);
  }
}
