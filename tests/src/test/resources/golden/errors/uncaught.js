// an uncaught error ends the program; the runner prints it after the output so far
print("before");
function fail(n) { if (n === 0) throw new RangeError("deep failure"); return fail(n - 1); }
fail(3);
print("never");
