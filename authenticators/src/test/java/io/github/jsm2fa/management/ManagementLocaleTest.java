package io.github.jsm2fa.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagementLocaleTest {

  private static final List<String> REALM = List.of("en", "de", "fr", "es", "it");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // kc_locale, ui_locales, the locale cookie, Accept-Language: the first that fits wins
        "de                | de",
        "fr, de            | fr",
        "'', fr            | fr",
        "de-CH             | de",
        "es-419, en        | es",
        // Italian is a realm language the pack does not translate; Portuguese neither.
        "it, fr            | fr",
        "pt-BR, it         | en",
        "nl                | en",
        "''                | en",
      })
  void choose_firstRequestTheRealmOffersAndThePackTranslates(String requested, String expected) {
    Locale chosen = ManagementLocale.choose(true, REALM, "en", tags(requested));

    assertThat(chosen.toLanguageTag()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"de | de", "it | en", "'' | en"})
  void choose_nothingFits_realmDefaultElseEnglish(String realmDefault, String expected) {
    Locale chosen = ManagementLocale.choose(true, REALM, realmDefault, tags("nl, pt"));

    assertThat(chosen.toLanguageTag()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"de", "fr"})
  void choose_languageTheRealmDoesNotOffer_isPassedOver(String requested) {
    Locale chosen = ManagementLocale.choose(true, List.of("en", "es"), "es", tags(requested));

    assertThat(chosen).isEqualTo(Locale.forLanguageTag("es"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"de-AT, de-AT", "de, de", "de-CH, de"})
  void choose_regionalRealmLocale_exactTagWinsOverTheBareLanguage(
      String requested, String expected) {
    Locale chosen =
        ManagementLocale.choose(true, List.of("en", "de", "de-AT"), "en", tags(requested));

    assertThat(chosen.toLanguageTag()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"de", "fr"})
  void choose_internationalizationOff_english(String requested) {
    Locale chosen = ManagementLocale.choose(false, REALM, "de", tags(requested));

    assertThat(chosen).isEqualTo(Locale.ENGLISH);
  }

  private static List<String> tags(String requested) {
    return Arrays.stream(requested.split(",")).map(String::strip).toList();
  }
}
