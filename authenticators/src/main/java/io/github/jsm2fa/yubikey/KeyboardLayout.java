package io.github.jsm2fa.yubikey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keyboard layouts under which a YubiKey's key presses reach the browser as other characters.
 *
 * <p>A YubiKey sends the key positions of the US QWERTY modhex letters. French AZERTY, Belgian
 * AZERTY and German or Swiss QWERTZ leave every modhex letter in place, so they need no entry:
 * their input is already modhex. Each entry lists, in modhex order {@code cbdefghijklnrtuv}, the
 * characters the layout types at those positions.
 */
enum KeyboardLayout {
  US_DVORAK("jxe.uidchtnbpygk"),
  COLEMAK("cbsftdhuneikpglv"),
  WORKMAN("mvhrtgyuneokwbfc"),
  RUSSIAN_JCUKEN("сивуапршолдткегм");

  private final Map<Character, Character> toModhex = new HashMap<>();

  KeyboardLayout(String typed) {
    for (int i = 0; i < typed.length(); i++) {
      toModhex.put(typed.charAt(i), Modhex.ALPHABET.charAt(i));
    }
  }

  /** The modhex text, if every character of {@code typed} is a modhex position of this layout. */
  Optional<String> toModhex(String typed) {
    StringBuilder out = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      Character modhex = toModhex.get(typed.charAt(i));
      if (modhex == null) {
        return Optional.empty();
      }
      out.append(modhex.charValue());
    }
    return Optional.of(out.toString());
  }
}
