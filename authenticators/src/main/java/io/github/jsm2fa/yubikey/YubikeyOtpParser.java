package io.github.jsm2fa.yubikey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what the browser received from a YubiKey touch into OTP candidates.
 *
 * <p>The rule: surrounding whitespace (spaces, tabs, CR, LF) is trimmed and letters are lowered;
 * what remains must be exactly 44 characters that read as modhex either as typed (US QWERTY,
 * AZERTY, QWERTZ) or under one of the {@link KeyboardLayout}s. Nothing else is accepted: not a
 * static password typed in front, not the OTP pasted twice, not a 48-character OTP with a
 * 16-character public id, not a 32-character OTP without one. Such input is malformed and never
 * leaves this class.
 *
 * <p>Input that reads as modhex under several layouts yields one candidate per reading, the
 * as-typed reading first; the caller binds the one whose public id the customer registered.
 */
final class YubikeyOtpParser {

  static final String AS_TYPED = "as-typed";

  private YubikeyOtpParser() {}

  static List<YubikeyOtp> parse(String input) throws MalformedOtpException {
    if (input == null) {
      throw new MalformedOtpException(MalformedOtpException.Reason.EMPTY);
    }
    String text = input.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      throw new MalformedOtpException(MalformedOtpException.Reason.EMPTY);
    }
    if (text.length() != YubikeyOtp.LENGTH) {
      throw new MalformedOtpException(reasonForLength(text.length()));
    }

    List<YubikeyOtp> candidates = new ArrayList<>();
    if (Modhex.isModhex(text)) {
      candidates.add(new YubikeyOtp(text, AS_TYPED));
    }
    for (KeyboardLayout layout : KeyboardLayout.values()) {
      Optional<String> modhex = layout.toModhex(text);
      if (modhex.isPresent()
          && candidates.stream().noneMatch(c -> c.value().equals(modhex.get()))) {
        candidates.add(new YubikeyOtp(modhex.get(), layout.name()));
      }
    }

    if (candidates.isEmpty()) {
      throw new MalformedOtpException(MalformedOtpException.Reason.NOT_MODHEX);
    }
    return List.copyOf(candidates);
  }

  private static MalformedOtpException.Reason reasonForLength(int length) {
    if (length == 2 * YubikeyOtp.LENGTH) {
      return MalformedOtpException.Reason.PASTED_TWICE;
    }
    return length < YubikeyOtp.LENGTH
        ? MalformedOtpException.Reason.TOO_SHORT
        : MalformedOtpException.Reason.TOO_LONG;
  }
}
