package io.github.jsm2fa.securityquestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class QuestionSelectorTest {

  private static final Set<String> CATALOGUE = Set.of("a", "b", "c", "d", "e");

  @RepeatedTest(20)
  void select_onlyEverPicksEnrolledQuestions() {
    List<String> picked = new QuestionSelector().select(List.of("a", "c", "e"), CATALOGUE, 2);

    assertThat(picked).hasSize(2).doesNotHaveDuplicates().isSubsetOf("a", "c", "e");
  }

  @Test
  void select_skipsEnrolledQuestionsRemovedFromCatalogue() {
    List<String> picked =
        new QuestionSelector().select(List.of("a", "removed", "c"), Set.of("a", "c"), 3);

    assertThat(picked).containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void select_nothingLeft_isEmpty() {
    assertThat(new QuestionSelector().select(List.of("x"), CATALOGUE, 2)).isEmpty();
  }

  @Test
  void select_variesBetweenLogins() {
    QuestionSelector selector = new QuestionSelector(new Random(42));
    Set<List<String>> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      seen.add(selector.select(List.of("a", "b", "c"), CATALOGUE, 2));
    }

    assertThat(seen).hasSizeGreaterThan(3);
  }
}
