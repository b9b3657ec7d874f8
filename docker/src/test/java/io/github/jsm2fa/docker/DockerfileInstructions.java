package io.github.jsm2fa.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile read as its instructions: continuations joined, comments and blank lines gone. */
record DockerfileInstructions(List<Instruction> all) {

  record Instruction(String keyword, String arguments) {}

  static DockerfileInstructions read(Path dockerfile) throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : Files.readAllLines(dockerfile)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      pending.append(trimmed);
      instructions.add(parse(pending.toString()));
      pending.setLength(0);
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException("Dockerfile ends inside a continued line");
    }
    return new DockerfileInstructions(List.copyOf(instructions));
  }

  List<Instruction> named(String keyword) {
    return all.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The instructions of the last stage: from its FROM to the end. */
  List<Instruction> finalStage() {
    int start = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).keyword().equals("FROM")) {
        start = i;
      }
    }
    return all.subList(start, all.size());
  }

  private static Instruction parse(String line) {
    String[] parts = line.split("\\s+", 2);
    return new Instruction(
        parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
  }
}
