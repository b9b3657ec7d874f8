package io.github.jsm2fa.securityquestions;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Picks which of a customer's enrolled questions are asked at login. */
final class QuestionSelector {

  private final Random random;

  QuestionSelector() {
    this(new SecureRandom());
  }

  QuestionSelector(Random random) {
    this.random = random;
  }

  /**
   * A random subset of the enrolled questions that the catalogue still holds. A question the
   * customer did not answer is never chosen; when fewer than {@code askCount} remain, all of them
   * are asked.
   */
  List<String> select(Collection<String> enrolledIds, Set<String> catalogueIds, int askCount) {
    List<String> available = new ArrayList<>();
    for (String id : enrolledIds) {
      if (catalogueIds.contains(id) && !available.contains(id)) {
        available.add(id);
      }
    }
    Collections.shuffle(available, random);
    return List.copyOf(available.subList(0, Math.min(askCount, available.size())));
  }
}
