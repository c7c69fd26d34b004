// class with extends, super calls, super.m(), static methods and accessors, getters/setters
class Shape {
  constructor(name) { this.name = name; Shape.count++; }
  area() { return 0; }
  describe() { return this.name + " with area " + this.area().toFixed(2); }
  toString() { return "Shape(" + this.name + ")"; }
  static create(kind, size) { return kind === "square" ? new Square(size) : new Circle(size); }
  static get total() { return Shape.count; }
}
Shape.count = 0;
class Square extends Shape {
  constructor(side) { super("square"); this.side = side; }
  area() { return this.side * this.side; }
  get perimeter() { return 4 * this.side; }
  set perimeter(p) { this.side = p / 4; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r * this.r; }
  describe() { return "round " + super.describe(); }
}
var s = Shape.create("square", 3), c = Shape.create("circle", 2);
print(s.describe(), c.describe(), String(s), Shape.total);
print(s.perimeter);
s.perimeter = 20;
print(s.side, s.area(), s instanceof Square, s instanceof Shape, c instanceof Square);
print(typeof Shape, Object.getPrototypeOf(Square) === Shape, Square.create === Shape.create, Object.keys(s));
class Base { static who() { return "base:" + this.name; } hello() { return "base hello"; } }
class Derived extends Base { static who() { return "derived/" + super.who(); } hello() { return "derived+" + super.hello(); } }
print(Derived.who(), new Derived().hello(), Base.who());
try {
  Shape();
} catch (e) {
  print(e instanceof TypeError);
}
class NoCtor extends Base {}
print(new NoCtor().hello(), NoCtor.name, new NoCtor().constructor === NoCtor);
var Anon = class { m() { return "anon"; } };
print(new Anon().m());
class WithComputed { ["comp" + "uted"]() { return 1; } static ["s" + 1]() { return 2; } }
print(new WithComputed().computed(), WithComputed.s1());
class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
var ma = new MyArr();
ma.push(1, 2, 3);
print(ma.length, ma.sum(), Array.isArray(ma));
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
var me = new MyErr("bad");
print(me.message, me.name, me instanceof Error, String(me));
