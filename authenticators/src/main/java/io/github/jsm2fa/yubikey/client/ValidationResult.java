package io.github.jsm2fa.yubikey.client;

import java.util.List;

/** The combined verdict of one validation and the answers it was drawn from. */
public record ValidationResult(Verdict verdict, List<ServerAnswer> answers) {

  public ValidationResult {
    answers = List.copyOf(answers);
  }
}
