package io.github.jsm2fa.management;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the management page's language much as Keycloak chooses a login page's: the first
 * language asked for that the realm offers and the pack translates, else the realm's default
 * locale, else English. Nothing is chosen while the realm has internationalization off, as on
 * Keycloak's own pages.
 */
final class ManagementLocale {

  /**
   * The languages of the pack's bundles; the themes module's MessageBundlesTest keeps them full.
   */
  static final List<String> PACK_LANGUAGES = List.of("en", "de", "fr", "es");

  private ManagementLocale() {}

  /**
   * @param requested language tags in the order they count: {@code kc_locale}, each tag of {@code
   *     ui_locales}, Keycloak's locale cookie, then the browser's Accept-Language
   * @return one of the realm's supported locales in a language of the pack, or English
   */
  static Locale choose(
      boolean internationalization,
      List<String> supported,
      String realmDefault,
      List<String> requested) {
    if (!internationalization) {
      return Locale.ENGLISH;
    }
    for (String tag : requested) {
      Optional<Locale> match = match(supported, tag);
      if (match.isPresent()) {
        return match.get();
      }
    }
    return match(supported, realmDefault).orElse(Locale.ENGLISH);
  }

  /** The supported locale with the same tag, else one of the same language, if the pack has it. */
  private static Optional<Locale> match(List<String> supported, String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    Locale wanted = Locale.forLanguageTag(tag.strip());
    if (!PACK_LANGUAGES.contains(wanted.getLanguage())) {
      return Optional.empty();
    }
    Optional<Locale> sameLanguage = Optional.empty();
    for (String offered : supported) {
      Locale locale = Locale.forLanguageTag(offered);
      if (locale.equals(wanted)) {
        return Optional.of(locale);
      }
      boolean better = sameLanguage.isEmpty() || locale.getCountry().isEmpty();
      if (locale.getLanguage().equals(wanted.getLanguage()) && better) {
        sameLanguage = Optional.of(locale);
      }
    }
    return sameLanguage;
  }
}
