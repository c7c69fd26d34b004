package org.jsheap.runtime.builtins;

/** Function builtins. */
final class FunctionBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {}
}
