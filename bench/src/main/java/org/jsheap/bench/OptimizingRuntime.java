package org.jsheap.bench;

import org.graalvm.polyglot.Engine;

/**
 * Guard for every benchmark that runs Truffle code: fails the trial unless the polyglot engine is
 * the optimizing (Graal JIT) runtime. Every misconfiguration of the JVMCI flags or the module path
 * falls back silently to the interpreter-only runtime, which is about ten times slower and would
 * make every comparison meaningless, so benchmarks call {@link #require(Engine)} in their setup.
 */
public final class OptimizingRuntime {
  private OptimizingRuntime() {}

  /** Name {@link Engine#getImplementationName()} reports for the fallback runtime. */
  public static final String INTERPRETED = "Interpreted";

  /**
   * Returns the engine's implementation name, or throws if it is the interpreter-only runtime.
   *
   * @throws IllegalStateException if the engine is not the optimizing runtime
   */
  public static String require(Engine engine) {
    String name = engine.getImplementationName();
    if (INTERPRETED.equals(name)) {
      throw new IllegalStateException(
          "The Truffle engine runs in the interpreter-only fallback runtime, so these numbers"
              + " would be meaningless. Start benchmarks with bin/bench (JVMCI flags, Graal"
              + " jars on the module path, compiler on the upgrade module path); see"
              + " docs/performance.md.");
    }
    return name;
  }
}
