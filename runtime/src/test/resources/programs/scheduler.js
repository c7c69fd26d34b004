const min = (a, b) => a < b ? a : b, max = (a, b) => a > b ? a : b;
class Task {
  constructor(id, priority, work) { this.id = id; this.priority = priority; this.work = work; this.log = []; }
  run(slice) { const done = min(slice, this.work); this.work -= done; this.log.push(done); return this.work === 0; }
}
class Scheduler {
  constructor() { this.queue = []; this.clock = 0; this.finished = []; }
  add(task) { this.queue.push(task); this.queue.sort((a, b) => b.priority - a.priority || a.id - b.id); }
  step() {
    const t = this.queue.shift();
    if (!t) return false;
    const slice = 3 + (t.priority % 4);
    this.clock += min(slice, t.work);
    if (t.run(slice)) this.finished.push([t.id, this.clock]); else { t.priority = max(0, t.priority - 1); this.add(t); }
    return true;
  }
}
const s = new Scheduler();
for (let i = 0; i < 12; i++) s.add(new Task(i, (i * 7) % 5, 5 + ((i * 13) % 11)));
let steps = 0;
while (s.step()) steps++;
print(steps, s.clock);
print(s.finished.map(([id, at]) => `${id}@${at}`).join(' '));
const byId = {};
for (const [id, at] of s.finished) { byId[id] = +at; }
print(Object.keys(byId).length, Object.entries(byId).filter(([k, v]) => v > 50).map(([k]) => k).join(','));
