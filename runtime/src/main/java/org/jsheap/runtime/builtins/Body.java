package org.jsheap.runtime.builtins;

/**
 * A builtin written as a lambda: {@link Installer#method(String, String, int, Body)} wraps it in a
 * {@link LambdaBuiltin} node that calls it behind a TruffleBoundary (library code, not a hot path
 * of the interpreter). Write a {@link BuiltinNode} subclass instead when the builtin should be
 * partially evaluated.
 */
@FunctionalInterface
public interface Body {
  long run(Args args);
}
