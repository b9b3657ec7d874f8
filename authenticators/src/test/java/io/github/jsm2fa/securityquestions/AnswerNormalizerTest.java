package io.github.jsm2fa.securityquestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerNormalizerTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Fluffy|fluffy",
        "  Fluffy  |fluffy",
        "Café|café",
        "Cafe\u0301|café", // decomposed e + combining acute
        "CAFÉ|café",
        "Straße|strasse",
        "STRASSE|strasse",
        "ＦＬＵＦＦＹ|fluffy", // full-width letters
        "ﬁsh|fish", // ligature
        "TITLE|title",
        "ΟΔΥΣΣΕΥΣ|οδυσσευς",
        "οδυσσευς|οδυσσευς",
        "\"\"|\"\"",
      })
  void normalize_appliesVersionOneRule(String typed, String expected) {
    assertThat(AnswerNormalizer.normalize(typed)).isEqualTo(expected);
  }

  @Test
  void normalize_collapsesEveryKindOfWhiteSpace() {
    assertThat(AnswerNormalizer.normalize("\tMr \t  Whiskers\r\n")).isEqualTo("mr whiskers");
    assertThat(AnswerNormalizer.normalize("Mr\u00A0Whiskers")).isEqualTo("mr whiskers");
    assertThat(AnswerNormalizer.normalize("Mr\u2003\u3000Whiskers")).isEqualTo("mr whiskers");
  }

  @Test
  void normalize_composedAndDecomposedAgree() {
    String composed = "Ren\u00E9e M\u00FCller";
    String decomposed = "Rene\u0301e Mu\u0308ller";

    assertThat(AnswerNormalizer.normalize(decomposed))
        .isEqualTo(AnswerNormalizer.normalize(composed))
        .isEqualTo("renée müller");
  }

  @Test
  void normalize_turkishDefaultLocale_changesNothing() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));

      assertThat(AnswerNormalizer.normalize("ISTANBUL")).isEqualTo("istanbul");
      assertThat(AnswerNormalizer.normalize("title")).isEqualTo("title");
      assertThat(AnswerNormalizer.normalize("TITLE")).isEqualTo("title");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void normalize_null_isEmpty() {
    assertThat(AnswerNormalizer.normalize(null)).isEmpty();
  }

  @Test
  void normalize_unknownVersion_isRefused() {
    assertThatThrownBy(() -> AnswerNormalizer.normalize("x", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2");
  }
}
