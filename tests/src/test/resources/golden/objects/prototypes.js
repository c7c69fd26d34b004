// constructors, prototype chains, this, new, Object.create, getPrototypeOf, setPrototypeOf
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); this.tricks = []; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks"; };
var d = new Dog("Rex");
var a = new Animal("Cat");
print(d.speak(), a.speak(), d instanceof Dog, d instanceof Animal, a instanceof Dog);
print(Object.getPrototypeOf(d) === Dog.prototype, Dog.prototype.isPrototypeOf(d), d.hasOwnProperty("name"), d.hasOwnProperty("speak"));
print(d.constructor === Dog, a.constructor === Animal, typeof Dog.prototype, Animal.prototype.constructor === Animal);
var base = { greet: function () { return "hi " + this.who; } };
var child = Object.create(base, { who: { value: "child", enumerable: true } });
print(child.greet(), Object.keys(child), "greet" in child, child.hasOwnProperty("greet"));
var bare = Object.create(null);
bare.k = 1;
print(Object.getPrototypeOf(bare), Object.keys(bare), typeof bare.toString);
var proto2 = { tag: "p2" };
Object.setPrototypeOf(child, proto2);
print(child.tag, child.greet);
function Counter() { if (!(this instanceof Counter)) return new Counter(); this.n = 0; }
Counter.prototype.inc = function () { this.n++; return this; };
print(Counter().inc().inc().n, new Counter().inc().n);
function Ret() { this.x = 1; return { y: 2 }; }
function RetPrim() { this.x = 1; return 5; }
print(JSON.stringify(new Ret()), JSON.stringify(new RetPrim()));
var shadow = Object.create({ v: "proto" });
print(shadow.v);
shadow.v = "own";
print(shadow.v, Object.getPrototypeOf(shadow).v);
delete shadow.v;
print(shadow.v);
