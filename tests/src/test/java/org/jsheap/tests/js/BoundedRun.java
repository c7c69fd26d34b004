package org.jsheap.tests.js;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a piece of guest work on its own daemon thread and waits a bounded time for it. Cancelling a
 * polyglot context only takes effect at a safepoint poll; a builtin that loops in Java without one
 * cannot be cancelled, so a suite that waited for it would hang. After the time limit the caller
 * gets {@code null} and goes on; the stuck thread is abandoned (a daemon, it ends with the JVM).
 */
public final class BoundedRun {
  private static final long STACK_BYTES = 16L << 20;

  private BoundedRun() {}

  /** The result of {@code work}, or {@code null} if it did not finish within {@code seconds}. */
  public static <T> T call(String name, Supplier<T> work, long seconds) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name(name)
        .stackSize(STACK_BYTES)
        .start(
            () -> {
              try {
                result.complete(work.get());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
    try {
      return result.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
