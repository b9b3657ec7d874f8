package io.github.jsm2fa.jsmsync.client;

import java.time.Duration;

/** Waits; replaced in tests so retry rules run instantly. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
