package org.jsheap.runtime.builtins;

/** Array builtins. */
final class ArrayBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {}
}
