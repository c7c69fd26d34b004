package org.jsheap.runtime.builtins;

/** Object builtins. */
final class ObjectBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {}
}
