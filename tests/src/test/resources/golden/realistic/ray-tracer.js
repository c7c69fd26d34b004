// A small ray tracer: spheres and a plane, diffuse and specular lighting, shadows and reflection,
// rendered to a 48x24 ASCII image plus a checksum of the RGB buffer.
class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); }
  scale(s) { return new Vec(this.x * s, this.y * s, this.z * s); }
  mul(v) { return new Vec(this.x * v.x, this.y * v.y, this.z * v.z); }
  dot(v) { return this.x * v.x + this.y * v.y + this.z * v.z; }
  get length() { return Math.sqrt(this.dot(this)); }
  norm() { return this.scale(1 / this.length); }
}
class Sphere {
  constructor(center, radius, color, reflect) { this.center = center; this.radius = radius; this.color = color; this.reflect = reflect; }
  intersect(origin, dir) {
    var oc = origin.sub(this.center);
    var b = oc.dot(dir), c = oc.dot(oc) - this.radius * this.radius;
    var disc = b * b - c;
    if (disc < 0) return Infinity;
    var t = -b - Math.sqrt(disc);
    return t > 1e-4 ? t : Infinity;
  }
  normal(p) { return p.sub(this.center).norm(); }
}
class Plane {
  constructor(y, reflect) { this.y = y; this.reflect = reflect; }
  intersect(origin, dir) { if (Math.abs(dir.y) < 1e-9) return Infinity; var t = (this.y - origin.y) / dir.y; return t > 1e-4 ? t : Infinity; }
  normal() { return new Vec(0, 1, 0); }
  colorAt(p) { return (Math.floor(p.x) + Math.floor(p.z)) & 1 ? new Vec(0.9, 0.9, 0.9) : new Vec(0.2, 0.2, 0.2); }
}
var scene = [
  new Sphere(new Vec(0, 1, 5), 1, new Vec(1, 0.2, 0.2), 0.3),
  new Sphere(new Vec(-2, 0.7, 6), 0.7, new Vec(0.2, 1, 0.2), 0.1),
  new Sphere(new Vec(2, 1.2, 7), 1.2, new Vec(0.2, 0.3, 1), 0.5),
  new Plane(0, 0.2)
];
var light = new Vec(-5, 8, -2);
function trace(origin, dir, depth) {
  var nearest = Infinity, hit = null;
  for (var obj of scene) { var t = obj.intersect(origin, dir); if (t < nearest) { nearest = t; hit = obj; } }
  if (hit === null) return new Vec(0.1, 0.15, 0.3).scale(1 - dir.y * 0.5);
  var p = origin.add(dir.scale(nearest));
  var n = hit.normal(p);
  var base = hit instanceof Plane ? hit.colorAt(p) : hit.color;
  var toLight = light.sub(p).norm();
  var shadowed = false;
  for (var o of scene) if (o.intersect(p, toLight) < light.sub(p).length) { shadowed = true; break; }
  var diffuse = shadowed ? 0 : Math.max(0, n.dot(toLight));
  var reflected = dir.sub(n.scale(2 * dir.dot(n)));
  var spec = shadowed ? 0 : Math.pow(Math.max(0, reflected.dot(toLight)), 20);
  var color = base.scale(0.1 + 0.9 * diffuse).add(new Vec(spec, spec, spec));
  if (depth < 3 && hit.reflect > 0) color = color.scale(1 - hit.reflect).add(trace(p, reflected.norm(), depth + 1).scale(hit.reflect));
  return color;
}
var W = 48, H = 24, shades = " .:-=+*#%@";
var checksum = 0, lines = [];
for (var y = 0; y < H; y++) {
  var line = "";
  for (var x = 0; x < W; x++) {
    var dir = new Vec((x - W / 2) / W * 1.6, (H / 2 - y) / H * 0.9 + 0.1, 1).norm();
    var c = trace(new Vec(0, 1.2, 0), dir, 0);
    var r = Math.min(255, Math.floor(c.x * 255)), g = Math.min(255, Math.floor(c.y * 255)), b = Math.min(255, Math.floor(c.z * 255));
    checksum = (checksum * 31 + r * 65536 + g * 256 + b) >>> 0;
    var lum = Math.min(0.999, 0.299 * c.x + 0.587 * c.y + 0.114 * c.z);
    line += shades[Math.floor(lum * shades.length)];
  }
  lines.push(line);
}
print(lines.join("\n"));
print("checksum", checksum);
