package org.jsheap.shapes;

/**
 * The kind byte of every heap object the VM allocates (bits 56..63 of header word 1, see the gc's
 * {@code ObjectHeader}). The one owner of these numbers: nothing else spells a kind.
 *
 * <p>The collector does not interpret kinds (it scans tagged slots and skips raw bytes); kinds tell
 * the VM, a heap dump or a verifier what an object is. Kinds 1..{@link #LAST_SHAPES_KIND} are the
 * object model's; {@link #FIRST_RUNTIME_KIND}..{@link #LAST_KIND} are reserved for the JavaScript
 * runtime (strings, functions, environments, symbols, ...), which adds its constants here, in that
 * range, so two owners never pick the same byte.
 */
public final class HeapKind {
  /** An ordinary JavaScript object ({@link ObjectKind#ORDINARY}). */
  public static final int ORDINARY_OBJECT = 1;

  /** A JavaScript array ({@link ObjectKind#ARRAY}). */
  public static final int ARRAY = 2;

  /** An out-of-object property array (tagged slots). */
  public static final int PROPERTY_ARRAY = 3;

  /** A tagged elements store (holes are {@code ValueCodec.HOLE}). */
  public static final int ELEMENTS = 4;

  /** A {@link Dictionary} hash table (dictionary-mode properties or sparse elements). */
  public static final int DICTIONARY = 5;

  /** An accessor pair: slot 0 getter, slot 1 setter (each a function or undefined). */
  public static final int ACCESSOR_PAIR = 6;

  /** A JavaScript function object ({@link ObjectKind#FUNCTION}). */
  public static final int FUNCTION = 7;

  /** The highest kind the object model may use. */
  public static final int LAST_SHAPES_KIND = 15;

  /** The first kind reserved for the JavaScript runtime. */
  public static final int FIRST_RUNTIME_KIND = 16;

  /** Runtime: a string cell (slot 0: external handle of the Java string or rope). */
  public static final int STRING = 16;

  /** Runtime: a symbol cell (slot 0: external handle of the shapes {@code SymbolKey}). */
  public static final int SYMBOL = 17;

  /** Runtime: a closure environment (slot 0: parent environment, then captured variables). */
  public static final int ENVIRONMENT = 18;

  /** Runtime: a foreign value (slot 0: external handle of the host or other-language object). */
  public static final int FOREIGN = 19;

  /** The runtime's insertion-ordered hash table of a {@code Map} or {@code Set}. */
  public static final int ORDERED_HASH_TABLE = 48;

  /** The runtime's cursor into an ordered hash table (a live {@code Map}/{@code Set} iterator). */
  public static final int TABLE_CURSOR = 49;

  /** The runtime's strong holder of a {@code WeakMap}/{@code WeakSet}: its table and fill count. */
  public static final int WEAK_TABLE_HOLDER = 50;

  /** The runtime's ephemeron table of a {@code WeakMap}/{@code WeakSet}. */
  public static final int EPHEMERON_TABLE = 51;

  /** The runtime's box of a library object's internal slots (brand, payload, extra). */
  public static final int INTERNAL_BOX = 52;

  /** The highest kind the header can hold (one byte). */
  public static final int LAST_KIND = 255;

  private HeapKind() {}
}
