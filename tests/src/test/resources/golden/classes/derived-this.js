// A derived constructor's this is uninitialised until super(...) returns (ES2015 9.2.2, 12.3.5.1).
class Base {
  constructor(tag) {
    this.tag = tag;
  }
}

function attempt(label, make) {
  try {
    var made = make();
    print(label, "ok", made && made.tag);
  } catch (e) {
    print(label, e.constructor.name);
  }
}

attempt("this before super", () => {
  class C extends Base {
    constructor() {
      this.early = 1;
      super("c");
    }
  }
  return new C();
});

attempt("this in an arrow called before super", () => {
  class C extends Base {
    constructor() {
      var self = () => this;
      self();
      super("c");
    }
  }
  return new C();
});

attempt("arrow made before super, called after", () => {
  class C extends Base {
    constructor() {
      var self = () => this;
      super("c");
      print("  same this:", self() === this);
    }
  }
  return new C();
});

attempt("super called in an arrow", () => {
  class C extends Base {
    constructor() {
      var init = () => super("arrow");
      init();
      print("  this after arrow super:", this.tag);
    }
  }
  return new C();
});

attempt("super twice", () => {
  class C extends Base {
    constructor() {
      super("first");
      super("second");
    }
  }
  return new C();
});

var parentRan = 0;
class Counting extends Base {
  constructor() {
    parentRan++;
    super("counted");
  }
}
attempt("second super runs the parent first", () => {
  class C extends Counting {
    constructor() {
      super();
      try {
        super();
      } catch (e) {
        print("  caught", e.constructor.name, "parent ran", parentRan, "times");
      }
    }
  }
  return new C();
});

attempt("no super call", () => {
  class C extends Base {
    constructor() {}
  }
  return new C();
});

attempt("return an object without super", () => {
  class C extends Base {
    constructor() {
      return { tag: "returned" };
    }
  }
  return new C();
});

attempt("return a primitive", () => {
  class C extends Base {
    constructor() {
      super("p");
      return 42;
    }
  }
  return new C();
});

attempt("return undefined after super", () => {
  class C extends Base {
    constructor() {
      super("u");
      return undefined;
    }
  }
  return new C();
});

attempt("implicit constructor", () => {
  class C extends Base {}
  return new C("implicit");
});

attempt("typeof this before super", () => {
  class C extends Base {
    constructor() {
      typeof this;
      super("t");
    }
  }
  return new C();
});

attempt("this in a nested function is its own", () => {
  class C extends Base {
    constructor() {
      var own = function () { return typeof this; };
      print("  nested function this:", own.call({}));
      super("n");
    }
  }
  return new C();
});

attempt("builtin parent", () => {
  class List extends Array {
    constructor() {
      super(2);
      this.tag = "list of " + this.length;
    }
  }
  var l = new List();
  print("  array:", Array.isArray(l), l instanceof List);
  return l;
});

// many derived instances under collections
class Point extends Base {
  constructor(x) {
    super("p" + x);
    this.x = x;
  }
}
var sum = 0;
for (var i = 0; i < 300; i++) {
  sum += new Point(i).x;
}
print("points", sum);
