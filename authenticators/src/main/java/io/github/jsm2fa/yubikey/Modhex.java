package io.github.jsm2fa.yubikey;

/** YubiKey's modhex alphabet: hex digits 0..f written as the letters a keyboard types alike. */
final class Modhex {

  static final String ALPHABET = "cbdefghijklnrtuv";

  private Modhex() {}

  static boolean isModhex(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Decodes an even-length modhex string; the caller has checked {@link #isModhex}. */
  static byte[] decode(String modhex) {
    if (modhex.length() % 2 != 0 || !isModhex(modhex)) {
      throw new IllegalArgumentException("not an even-length modhex string");
    }
    byte[] out = new byte[modhex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int high = ALPHABET.indexOf(modhex.charAt(2 * i));
      int low = ALPHABET.indexOf(modhex.charAt(2 * i + 1));
      out[i] = (byte) ((high << 4) | low);
    }
    return out;
  }

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(ALPHABET.charAt((b >> 4) & 0xf)).append(ALPHABET.charAt(b & 0xf));
    }
    return out.toString();
  }
}
