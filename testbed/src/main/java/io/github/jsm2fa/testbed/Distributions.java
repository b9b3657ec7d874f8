package io.github.jsm2fa.testbed;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Makes private copies of an unpacked Keycloak distribution. */
public final class Distributions {

  private Distributions() {}

  /**
   * Copies {@code distribution} to {@code parent/<its directory name>} unless that copy exists,
   * leaving out {@code data/} and provider jars, which belong to whoever ran the source before.
   *
   * @return the home directory of the copy
   */
  public static Path copyIfMissing(Path distribution, Path parent) throws IOException {
    Path source = distribution.toAbsolutePath().normalize();
    Path target = parent.toAbsolutePath().normalize().resolve(source.getFileName());
    if (Files.isRegularFile(target.resolve("bin").resolve("kc.sh"))) {
      return target;
    }
    Path partial = parent.resolve(source.getFileName() + ".partial");
    KeycloakHome.deleteTree(partial);
    Files.walkFileTree(source, new TreeCopy(source, partial));
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  private static final class TreeCopy extends SimpleFileVisitor<Path> {
    private final Path source;
    private final Path target;

    TreeCopy(Path source, Path target) {
      this.source = source;
      this.target = target;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      Path relative = source.relativize(dir);
      if (relative.toString().equals("data")) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      Files.createDirectories(target.resolve(relative));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      Path relative = source.relativize(file);
      boolean providerJar =
          relative.startsWith("providers") && relative.toString().endsWith(".jar");
      if (!providerJar) {
        Files.copy(
            file,
            target.resolve(relative),
            StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
