package io.github.jsm2fa.jsmsync.client;

import java.util.List;
import java.util.function.Consumer;

/** Walks a paged JSM listing by {@code start} and {@code limit}. */
public final class PageWalker {

  /** Fetches the page that begins at {@code start}. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    JsmPage<T> fetch(int start, int limit);
  }

  /** How a walk ended; only {@link #COMPLETE} proves that everything was listed. */
  public enum Completion {
    COMPLETE,
    STOPPED_ON_EMPTY_PAGE,
    STOPPED_ON_PAGE_CAP
  }

  private PageWalker() {}

  /**
   * Hands each non-empty page to {@code sink}. The next start is the previous start plus the number
   * of values returned, because the server may cap a page below {@code limit}. The walk ends on
   * {@code isLastPage}; an empty page that is not the last one, or {@code maxPages} pages, stop it
   * early so a misbehaving server cannot loop it forever.
   */
  public static <T> Completion walk(
      PageFetcher<T> fetcher, int limit, int maxPages, Consumer<List<T>> sink) {
    int start = 0;
    for (int pages = 0; pages < maxPages; pages++) {
      JsmPage<T> page = fetcher.fetch(start, limit);
      if (!page.values().isEmpty()) {
        sink.accept(page.values());
      }
      if (page.lastPage()) {
        return Completion.COMPLETE;
      }
      if (page.values().isEmpty()) {
        return Completion.STOPPED_ON_EMPTY_PAGE;
      }
      start += page.values().size();
    }
    return Completion.STOPPED_ON_PAGE_CAP;
  }
}
