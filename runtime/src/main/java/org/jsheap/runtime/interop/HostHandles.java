package org.jsheap.runtime.interop;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.HashSet;
import java.util.Set;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.gc.Heap;

/**
 * The global handles behind the interop views one context has handed out. A view keeps its heap
 * object alive through a {@link GlobalHandle} (a root the collector updates when the object moves)
 * for as long as the view is reachable from Java: each handle is registered with a phantom
 * reference to its view, and {@link #drain} closes the handles of collected views. Draining runs on
 * the context's thread only (the heap is single-threaded), at every new view and every entry from
 * the host; nothing here runs on a reference-handler or cleaner thread except the JDK's enqueueing.
 * Closing the context closes the heap and with it every handle.
 */
public final class HostHandles {
  private final Heap heap;
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final Set<Ref> live = new HashSet<>();

  /** The handle of one view; reachable from {@link #live} until drained, never from the view. */
  private static final class Ref extends PhantomReference<Object> {
    final GlobalHandle handle;

    Ref(Object view, GlobalHandle handle, ReferenceQueue<Object> queue) {
      super(view, queue);
      this.handle = handle;
    }
  }

  public HostHandles(Heap heap) {
    this.heap = heap;
  }

  /** A handle for {@code value}, released once {@code view} is unreachable. Never collects. */
  GlobalHandle register(Object view, long value) {
    drain();
    GlobalHandle h = heap.newGlobalHandle(value);
    live.add(new Ref(view, h, queue));
    return h;
  }

  /** Closes the handles of views Java no longer holds. Call on the context's thread. */
  public void drain() {
    for (Reference<?> r; (r = queue.poll()) != null; ) {
      Ref ref = (Ref) r;
      if (live.remove(ref) && !heap.isClosed()) {
        ref.handle.close();
      }
    }
  }

  /** Number of views whose handles are still open (a test hook and a statistic). */
  public int liveViews() {
    return live.size();
  }

  /** Forgets every handle (the context is closing its heap, which frees them all). */
  public void dispose() {
    for (Ref r : live) {
      r.clear();
    }
    live.clear();
  }
}
