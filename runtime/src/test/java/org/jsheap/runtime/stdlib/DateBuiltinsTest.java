package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class DateBuiltinsTest {
  @Test
  void utcGettersAndArithmetic() {
    LibJs.check(
        "1709214330123 2024 1 29 4 13 45 30 123\n"
            + "2024-02-29T13:45:30.123Z Thu, 29 Feb 2024 13:45:30 GMT \"2024-02-29T13:45:30.123Z\"\n"
            + "86400000 1 2\n"
            + "0 1577836800000 1577836800000 NaN Invalid Date\n"
            + "946684800000 946598400000 number true string true\n"
            + "2020 5 15 10 20 30 1\n"
            + "5 5 true\n"
            + "true\n"
            + "true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));\n"
            + "print(d.getTime(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());\n"
            + "print(d.toISOString(), d.toUTCString(), JSON.stringify(d));\n"
            + "var e = new Date(d.getTime() + 86400000);\n"
            + "print(e - d, e.getUTCDate(), e.getUTCMonth());\n"
            + "print(new Date(0).getTime(), new Date('2020-01-01T00:00:00Z').getTime(), Date.parse('2020-01-01T00:00:00.000Z'), new Date(NaN).getTime(), String(new Date(NaN)));\n"
            + "print(Date.UTC(2000, 0), Date.UTC(99, 11, 31), typeof Date.now(), Date.now() > 1.6e12, typeof Date(), new Date(d).getTime() === d.getTime());\n"
            + "var l = new Date(2020, 5, 15, 10, 20, 30);\n"
            + "print(l.getFullYear(), l.getMonth(), l.getDate(), l.getHours(), l.getMinutes(), l.getSeconds(), l.getDay());\n"
            + "print(l.setTime(5), l.getTime(), d.valueOf() === d.getTime());\n"
            + "try { call(Date.prototype.getTime, {}); } catch (x) { print(x instanceof TypeError); }\n"
            + "try { new Date(NaN).toISOString(); } catch (x) { print(x instanceof RangeError); }\n");
  }
}
