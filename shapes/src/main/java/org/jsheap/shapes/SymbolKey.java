package org.jsheap.shapes;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A property key that is a JavaScript Symbol. Equality is identity (two symbols with the same
 * description are different keys), so shapes compare it with {@code ==} as they compare interned
 * strings. A symbol key is never an array index, and own symbol keys are listed apart from string
 * keys ({@link ObjectModel#ownSymbolKeys}, JavaScript's {@code Object.getOwnPropertySymbols}).
 *
 * <p>The runtime keeps one {@code SymbolKey} per JavaScript Symbol and maps its heap symbols to it.
 * {@link #hashCode()} is fixed at creation and spread (a Weyl sequence), so the megamorphic cache
 * and hash maps distribute symbols well without an identity-hash call.
 */
public final class SymbolKey {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final String description;
  private final int hash;
  private final boolean isPrivate;

  /** A new, unique symbol key; {@code description} may be null (JavaScript's undefined). */
  public SymbolKey(String description) {
    this(description, false);
  }

  private SymbolKey(String description, boolean isPrivate) {
    this.description = description;
    this.hash = NEXT.getAndIncrement() * 0x61C8_8647;
    this.isPrivate = isPrivate;
  }

  /**
   * A new private key (V8's private symbols): a property under it is read and written like any
   * other, but {@link ObjectModel#ownSymbolKeys} and {@link ObjectModel#ownPropertyKeys} never list
   * it, so no script can obtain the key. The runtime keeps internal slots under one.
   */
  public static SymbolKey privateKey(String description) {
    return new SymbolKey(description, true);
  }

  /** Whether this key is {@linkplain #privateKey private}. */
  public boolean isPrivate() {
    return isPrivate;
  }

  /** The description, or null. */
  public String description() {
    return description;
  }

  /** Consistent with identity equality: fixed per instance. */
  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Symbol(" + (description == null ? "" : description) + ")";
  }
}
