package org.jsheap.runtime.builtins;

/** A group of builtins (one constructor and its prototype, or the host functions). */
public interface BuiltinSet {
  /** Creates the set's functions and objects through {@code in}. */
  void install(Installer in);
}
