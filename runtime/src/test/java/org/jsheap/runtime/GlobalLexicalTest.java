package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** Top-level let/const/class: the global declarative record shared by the scripts of a context. */
class GlobalLexicalTest {
  /** Runs the scripts in order in one context; an uncaught error is appended as "!! message". */
  static String runScripts(String... scripts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] names = {"one.js", "two.js", "three.js", "four.js", "five.js", "six.js"};
    try (Context c = Js.builder(out).build()) {
      for (int i = 0; i < scripts.length; i++) {
        try {
          c.eval(Source.newBuilder(JSHeapLanguage.ID, scripts[i], names[i]).buildLiteral());
        } catch (PolyglotException e) {
          if (e.isInternalError() || e.isHostException()) {
            throw e;
          }
          out.writeBytes(("!! " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void topLevelLexicalsAreNotGlobalProperties() {
    check(
        "1 2 function undefined undefined undefined false\n",
        "let a = 1; const b = 2; class C {} var v;"
            + " print(a, b, typeof C, globalThis.a, this.b, this.C, 'a' in globalThis);");
  }

  @Test
  void topLevelTemporalDeadZone() {
    check(
        "ReferenceError Cannot access 'x' before initialization\nReferenceError\n1\n",
        "try { x; } catch (e) { print(e.name, e.message); }"
            + " function f() { return x; } try { typeof x; } catch (e) { print(e.name); }"
            + " let x = 1; print(f());");
  }

  @Test
  void constAtTopLevelCannotBeAssigned() {
    check(
        "TypeError 1\n",
        "const k = 1; function set() { k = 2; } try { set(); } catch (e) { print(e.name, k); }");
  }

  @Test
  void lexicalsAreSharedAcrossScriptsOfOneContext() {
    assertEquals(
        "1 2 3\n2\n",
        runScripts(
            "let a = 1; const b = 2; class K { m() { return 3; } }",
            "print(a, b, new K().m()); a++;",
            "print(a);"));
  }

  @Test
  void lexicalShadowsAnImplicitGlobalOfAnEarlierScript() {
    assertEquals("5 1\n", runScripts("g = 1;", "let g = 5; print(g, globalThis.g);"));
  }

  @Test
  void redeclarationAcrossScriptsIsASyntaxErrorAtTheDeclaration() {
    assertEquals(
        "!! SyntaxError: two.js:1:1 Identifier 'a' has already been declared\n"
            + "!! SyntaxError: three.js:1:14 Identifier 'a' has already been declared\n"
            + "!! SyntaxError: four.js:1:1 Identifier 'v' has already been declared\n"
            + "1 undefined\n",
        runScripts(
            "let a = 1; var v;",
            "let a = 2; print('not run');",
            "print('no'); var a;",
            "const v = 3; print('not run');",
            "print(a, typeof b);"));
  }

  @Test
  void aFailedScriptDeclaresNothing() {
    assertEquals(
        "!! SyntaxError: two.js:1:12 Identifier 'v' has already been declared\nundefined\n",
        runScripts("var v;", "let w = 1; let v = 2;", "print(typeof w);"));
  }
}
