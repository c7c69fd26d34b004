package org.jsheap.runtime.builtins;

/** Error builtins. */
final class ErrorBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {}
}
