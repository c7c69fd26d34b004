package org.jsheap.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import java.io.PrintStream;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsStrings;
import org.jsheap.shapes.ObjectModel;

/**
 * One JSHeap context: its gc {@link Heap}, {@link ObjectModel}, value-stack {@link Activation}s and
 * {@link Realm} (global object and intrinsics).
 */
public final class JSHeapContext {
  private static final ContextReference<JSHeapContext> REFERENCE =
      ContextReference.create(JSHeapLanguage.class);

  private final JSHeapLanguage language;
  private final TruffleLanguage.Env env;
  private final Heap heap;
  private final ObjectModel model;
  private final Activation activation;
  private final JsStrings strings;
  private final PrintStream out;
  private final int maxCallDepth;
  private final org.jsheap.runtime.interop.ContextInterop interop;
  private final java.util.Map<String, org.jsheap.gc.GlobalHandle> constants =
      new java.util.HashMap<>();
  private Realm realm;
  private int callDepth;
  private final org.jsheap.runtime.objects.Safepoints.Anchor pollAnchor;

  JSHeapContext(JSHeapLanguage language, TruffleLanguage.Env env) {
    this.language = language;
    this.env = env;
    this.heap = Heap.create(heapConfig(env));
    this.model = new ObjectModel(heap);
    this.activation = new Activation(heap.newValueStack(1024, 1 << 22));
    this.strings = new JsStrings(heap);
    this.out = new PrintStream(env.out(), true);
    this.maxCallDepth = env.getOptions().get(JSHeapOptions.MaxCallDepth);
    this.pollAnchor = new org.jsheap.runtime.objects.Safepoints.Anchor(language);
    this.interop = new org.jsheap.runtime.interop.ContextInterop(this);
  }

  /** The location of safepoint polls made by Java loops outside any node. */
  public com.oracle.truffle.api.nodes.Node pollAnchor() {
    return pollAnchor;
  }

  /**
   * The heap configuration of the options; a bad value is an {@link IllegalArgumentException} whose
   * message names the options involved ({@code --jsheap.YoungSize=...}).
   */
  static HeapConfig heapConfig(TruffleLanguage.Env env) {
    var options = env.getOptions();
    try {
      return buildHeapConfig(env);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("--" + JSHeapLanguage.ID + ".")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "--"
              + JSHeapLanguage.ID
              + ".MaxHeapSize="
              + options.get(JSHeapOptions.MaxHeapSize)
              + ", --"
              + JSHeapLanguage.ID
              + ".YoungSize="
              + options.get(JSHeapOptions.YoungSize)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static HeapConfig buildHeapConfig(TruffleLanguage.Env env) {
    var options = env.getOptions();
    HeapConfig.Builder b =
        HeapConfig.builder()
            .maxHeapBytes(
                roundUp(
                    JSHeapOptions.parseSize("MaxHeapSize", options.get(JSHeapOptions.MaxHeapSize))))
            .semispaceBytes(
                roundUp(
                    JSHeapOptions.parseSize("YoungSize", options.get(JSHeapOptions.YoungSize))));
    String stress = options.get(JSHeapOptions.GcStress);
    if ("none".equals(stress)) {
      b.stress(StressMode.NONE);
    } else if (!stress.isEmpty()) {
      try {
        b.stress(StressMode.parse(stress));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--" + JSHeapLanguage.ID + ".GcStress=" + stress + ": " + e.getMessage(), e);
      }
    }
    String marking = options.get(JSHeapOptions.Marking);
    if (!marking.isEmpty()) {
      b.marking(org.jsheap.gc.MarkingMode.parse(marking));
    }
    if (options.get(JSHeapOptions.GcLog)) {
      b.gcLog(new PrintStream(env.err(), true));
    }
    return b.build();
  }

  private static long roundUp(long bytes) {
    return (bytes + 4095) & ~4095L;
  }

  void initialize() {
    realm = new Realm(this);
    model.setAccessorInvoker(
        new org.jsheap.shapes.AccessorInvoker() {
          @Override
          public long callGetter(long getter, long receiver) {
            return org.jsheap.runtime.objects.JsCalls.call(JSHeapContext.this, getter, receiver);
          }

          @Override
          public void callSetter(long setter, long receiver, long value) {
            org.jsheap.runtime.objects.JsCalls.call(JSHeapContext.this, setter, receiver, value);
          }
        });
    realm.installBuiltins();
  }

  void dispose() {
    interop.dispose();
    if (!heap.isClosed()) {
      heap.close();
    }
  }

  public static JSHeapContext get(Node node) {
    return REFERENCE.get(node);
  }

  public JSHeapLanguage language() {
    return language;
  }

  public TruffleLanguage.Env env() {
    return env;
  }

  public Heap heap() {
    return heap;
  }

  public ObjectModel model() {
    return model;
  }

  public Activation activation() {
    return activation;
  }

  public JsStrings strings() {
    return strings;
  }

  /** The interop state: handles of the views handed to the host, foreign calls. */
  public org.jsheap.runtime.interop.ContextInterop interop() {
    return interop;
  }

  public Realm realm() {
    return realm;
  }

  public PrintStream out() {
    return out;
  }

  /**
   * A string value for {@code text} shared by all its uses (typeof results, builtin names), held by
   * a global handle. May collect the first time.
   */
  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  public long constantString(String text) {
    org.jsheap.gc.GlobalHandle h = constants.get(text);
    if (h == null) {
      h = heap.newGlobalHandle(strings.fromJava(text));
      constants.put(text, h);
    }
    return h.get();
  }

  /** Counts a call in; false when the nesting limit is reached (the caller throws RangeError). */
  public boolean enterCall() {
    return ++callDepth <= maxCallDepth;
  }

  public void exitCall() {
    callDepth--;
  }
}
