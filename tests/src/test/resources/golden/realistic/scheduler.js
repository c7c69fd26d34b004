// An operating-system scheduler simulation: processes with priorities and bursts, a multilevel
// feedback queue with time slices, I/O waits, aging, and statistics at the end.
class Process {
  constructor(pid, arrival, bursts, priority) {
    this.pid = pid;
    this.arrival = arrival;
    this.bursts = bursts; // alternating CPU and I/O lengths, starting with CPU
    this.priority = priority;
    this.level = 0;
    this.state = "new";
    this.waitUntil = 0;
    this.waited = 0;
    this.finishedAt = -1;
    this.cpuUsed = 0;
  }
  get done() { return this.bursts.length === 0; }
}
class Queue {
  constructor() { this.items = []; this.head = 0; }
  push(p) { this.items.push(p); }
  shift() { return this.head < this.items.length ? this.items[this.head++] : undefined; }
  get length() { return this.items.length - this.head; }
}
function lcg(seed) {
  var s = seed >>> 0;
  return function () { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
var rnd = lcg(2024);
var processes = [];
for (var pid = 1; pid <= 40; pid++) {
  var bursts = [];
  var n = 1 + Math.floor(rnd() * 5) * 2;
  for (var b = 0; b < n; b++) bursts.push(1 + Math.floor(rnd() * (b % 2 === 0 ? 12 : 20)));
  processes.push(new Process(pid, Math.floor(rnd() * 60), bursts, Math.floor(rnd() * 3)));
}
var SLICES = [2, 4, 8];
var levels = [new Queue(), new Queue(), new Queue()];
var blocked = [];
var time = 0, running = null, sliceLeft = 0, switches = 0, idle = 0;
var pending = processes.slice().sort((a, b) => a.arrival - b.arrival || a.pid - b.pid);
var finished = [];
var trace = [];
function admit(p) { p.state = "ready"; levels[Math.min(p.level, 2)].push(p); }
while (finished.length < processes.length) {
  while (pending.length && pending[0].arrival <= time) admit(pending.shift());
  for (var i = blocked.length - 1; i >= 0; i--) {
    if (blocked[i].waitUntil <= time) { var w = blocked.splice(i, 1)[0]; w.bursts.shift(); if (w.done) { w.finishedAt = time; finished.push(w); } else admit(w); }
  }
  if (time % 25 === 0) {
    for (var l = 1; l < 3; l++) {
      while (levels[l].length) { var aged = levels[l].shift(); aged.level = l - 1; levels[l - 1].push(aged); }
    }
  }
  if (running === null) {
    for (var q = 0; q < 3 && running === null; q++) {
      if (levels[q].length) { running = levels[q].shift(); sliceLeft = SLICES[q]; switches++; running.state = "running"; }
    }
  }
  levels.forEach(function (queue) { for (var k = queue.head; k < queue.items.length; k++) queue.items[k].waited++; });
  if (running === null) { idle++; time++; continue; }
  running.bursts[0]--;
  running.cpuUsed++;
  sliceLeft--;
  if (running.bursts[0] === 0) {
    running.bursts.shift();
    if (running.done) { running.finishedAt = time + 1; finished.push(running); trace.push("t" + (time + 1) + ":exit" + running.pid); }
    else { running.state = "blocked"; running.waitUntil = time + 1 + running.bursts[0]; blocked.push(running); }
    running = null;
  } else if (sliceLeft === 0) {
    running.level = Math.min(running.level + 1, 2);
    admit(running);
    running = null;
  }
  time++;
}
var turnaround = 0, waiting = 0;
finished.sort((a, b) => a.pid - b.pid);
finished.forEach(function (p) { turnaround += p.finishedAt - p.arrival; waiting += p.waited; });
print("finished", finished.length, "at time", time, "switches", switches, "idle", idle);
print("avg turnaround", (turnaround / finished.length).toFixed(3), "avg waiting", (waiting / finished.length).toFixed(3));
print("first exits", trace.slice(0, 8).join(" "));
print("cpu per pid", finished.slice(0, 10).map(p => p.pid + ":" + p.cpuUsed).join(" "));
