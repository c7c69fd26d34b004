package org.jsheap.runtime.parser;

import com.oracle.truffle.api.source.Source;
import org.jsheap.runtime.JSHeapLanguage;

/**
 * The scope of a direct {@code eval} call site, kept by its node: the translator's compile-time
 * scope chain there (every binding of a function holding a direct eval lives in a heap
 * environment), and whether the caller is strict. Eval code parsed against it resolves the caller's
 * names through the environment the call site passes ({@link Translator#translateEval}).
 */
public final class EvalScope {
  final Scopes.Block block;
  final boolean strict;

  EvalScope(Scopes.Block block, boolean strict) {
    this.block = block;
    this.strict = strict;
  }

  /** Parses and translates {@code source} as direct eval code of this call site. */
  public ParsedProgram parse(JSHeapLanguage language, Source source) {
    return JsParser.parse(language, source, this);
  }

  /** The hidden binding of a sloppy function's object for the vars its direct evals declare. */
  static final String EVAL_VARS = "%evalvars";
}
