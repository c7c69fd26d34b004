package org.jsheap.tests.activation;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;

/**
 * A small Truffle language whose nodes keep every reference in value-stack activations: the test
 * bed of the activation API ({@code docs/gc.md}, "Activations"). It has no syntax: a source names a
 * program of {@link ActPrograms}, built from {@link ActNodes} in Java; the call target takes int
 * arguments and returns an int.
 */
@TruffleLanguage.Registration(
    id = ActLanguage.ID,
    name = "JSHeap activation test language",
    version = "0.1",
    contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class ActLanguage extends TruffleLanguage<ActContext> {
  public static final String ID = "jsheap-act";

  @Option(
      help = "GC stress of the context's heap, as jsheap.gc.stress (empty: that property's value).",
      category = OptionCategory.USER,
      stability = OptionStability.STABLE)
  static final OptionKey<String> Stress = new OptionKey<>("");

  @Option(
      help = "Slots of the context's value stack.",
      category = OptionCategory.USER,
      stability = OptionStability.STABLE)
  static final OptionKey<Integer> StackSlots = new OptionKey<>(1 << 14);

  @Override
  protected OptionDescriptors getOptionDescriptors() {
    return new ActLanguageOptionDescriptors();
  }

  @Override
  protected ActContext createContext(Env env) {
    String stress = env.getOptions().get(Stress);
    HeapConfig.Builder config =
        HeapConfig.builder().maxHeapBytes(32L << 20).semispaceBytes(256L << 10);
    if (!stress.isEmpty()) {
      config.stress(StressMode.parse(stress));
    }
    return new ActContext(this, config.build(), env.getOptions().get(StackSlots));
  }

  @Override
  protected void disposeContext(ActContext context) {
    context.close();
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    String name = request.getSource().getCharacters().toString().trim();
    return ActPrograms.entry(this, ActContext.get(null), name).getCallTarget();
  }
}
