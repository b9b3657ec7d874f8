package io.github.jsm2fa.securityquestions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a typed answer into the form that is hashed and compared.
 *
 * <p>Version 1, the only version so far, applies in order:
 *
 * <ol>
 *   <li>Unicode NFKC, so composed and decomposed letters, full-width forms and ligatures agree;
 *   <li>case folding independent of the JVM's locale: upper case then lower case with {@link
 *       Locale#ROOT} (so "Straße" and "STRASSE" agree, and a Turkish default locale changes
 *       nothing);
 *   <li>NFKC again, since folding can leave sequences that are not normalized;
 *   <li>every run of white space (including no-break and other Unicode spaces) becomes one space,
 *       and leading and trailing white space is removed.
 * </ol>
 *
 * <p>The version is stored with each credential, so a later rule can be added without locking out
 * customers who enrolled under an earlier one.
 */
public final class AnswerNormalizer {

  /** The rule used for new enrollments. */
  public static final int CURRENT_VERSION = 1;

  private static final Pattern WHITESPACE =
      Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

  private AnswerNormalizer() {}

  /** Normalizes with the current rule. */
  public static String normalize(String answer) {
    return normalize(answer, CURRENT_VERSION);
  }

  /**
   * Normalizes with the rule of the given version.
   *
   * @throws IllegalArgumentException for a version this build does not know
   */
  public static String normalize(String answer, int version) {
    if (version != 1) {
      throw new IllegalArgumentException("Unknown answer normalization version " + version);
    }
    if (answer == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(answer, Normalizer.Form.NFKC)
            .toUpperCase(Locale.ROOT)
            .toLowerCase(Locale.ROOT);
    String normalized = Normalizer.normalize(folded, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(normalized).replaceAll(" ").strip();
  }
}
